package org.daftar.web.mis;

import org.daftar.mis.onboarding.ImportRow;
import org.daftar.mis.onboarding.RowCheck;
import org.daftar.mis.onboarding.RowCheck.Checked;
import org.daftar.mis.onboarding.RowCheck.ExistingPost;
import org.daftar.mis.onboarding.RowCheck.Problem;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every problem an import row can have is said in English and in Hindi, never as a bundle key. */
class RowProblemsTest {

    private static final Locale HINDI = Locale.forLanguageTag("hi");

    private static final RowCheck.Directory DISTRICT = new RowCheck.Directory() {
        public boolean hasDepartment(String code) { return code.equals("LR"); }
        public Long section(String department, String section) { return section.equals("SUR") ? 7L : null; }
        public ExistingPost post(String code) { return code.equals("LR-SUR-SO") ? new ExistingPost(1L, 7L) : code.equals("GAD-X") ? new ExistingPost(2L, 3L) : null; }
        public String employeeCodeOfLogin(String login) { return login.equals("taken.login") ? "CG100000" : null; }
        public String loginOfEmployeeCode(String code) { return code.equals("CG200000") ? "someone" : null; }
    };

    private static ImportRow row(int line, String... pairs) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            cells.put(pairs[i], pairs[i + 1]);
        }
        return ImportRow.of(line, cells);
    }

    @Test
    void everyProblemOfABadFileReadsInBothLanguages() {
        List<Checked> checked = RowCheck.check(List.of(
                row(2, "department", "XX", "section", "SUR", "post", "=1", "login", "K", "employee_code", "1",
                        "name_en", "किरण", "name_hi", "Kiran", "mobile", "1", "email", "x", "roles", "KING"),
                row(3, "department", "LR", "section", "NOPE", "post", "GAD-X", "reports_to", "NOWHERE", "login", "taken.login",
                        "employee_code", "CG200000", "name_en", "A B", "name_hi", "क ख"),
                row(4, "department", "LR", "section", "SUR", "post", "LR-SUR-N", "login", "a.b.c", "employee_code", "CG300000",
                        "name_en", "A B", "name_hi", "क ख"),
                row(5, "department", "LR", "section", "SUR", "post", "LR-SUR-N2", "post_en", "x", "post_hi", "य",
                        "reports_to", "LR-SUR-N2", "login", "a.b.c", "employee_code", "CG300000", "name_en", "A B", "name_hi", "क ख"),
                row(6, "department", "", "section", "", "post", "")), DISTRICT);
        List<Problem> problems = checked.stream().flatMap(c -> c.problems().stream()).toList();
        assertThat(problems.stream().map(Problem::key).distinct()).as("a broad sample of the problems").hasSizeGreaterThan(18);

        for (Problem p : problems) {
            String en = RowProblems.describe(p, Locale.ENGLISH);
            String hi = RowProblems.describe(p, HINDI);
            assertThat(en).as(p.key()).doesNotContain(p.key()).startsWith(p.column().header() + ": ").doesNotContain("{0}");
            assertThat(hi).as(p.key()).doesNotContain(p.key()).isNotEqualTo(en).doesNotContain("{0}");
            assertThat(hi.codePoints().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.DEVANAGARI))
                    .as("%s in Hindi: %s", p.key(), hi).isTrue();
        }
        assertThat(RowProblems.describe(checked.get(2), Locale.ENGLISH))
                .isEqualTo("post_en: Enter the name in English.; post_hi: Enter the name in Hindi.");
        assertThat(RowProblems.describe(checked.get(3), HINDI)).contains("लॉगिन आईडी a.b.c फ़ाइल की पंक्ति 4 में पहले से है।");
        assertThat(Stream.of("import.failed.row", "import.done").map(k -> RowProblems.text(HINDI, k, 3, "x", 1)))
                .allSatisfy(t -> assertThat(t).doesNotContain("{"));
    }
}
