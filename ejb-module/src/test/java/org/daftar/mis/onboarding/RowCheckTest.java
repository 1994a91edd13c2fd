package org.daftar.mis.onboarding;

import org.daftar.mis.onboarding.RowCheck.Checked;
import org.daftar.mis.onboarding.RowCheck.ExistingPost;
import org.daftar.mis.onboarding.RowCheck.Problem;
import org.daftar.mis.onboarding.RowCheck.Status;
import org.daftar.user.Role;
import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RowCheckTest {

    /** The demo's Land Records department with its survey section, one post held by "existing.user". */
    static final RowCheck.Directory DISTRICT = new RowCheck.Directory() {
        public boolean hasDepartment(String code) { return code.equals("LR") || code.equals("REV"); }
        public Long section(String department, String section) {
            if (department.equals("LR") && section.equals("SUR")) {
                return 7L;
            }
            return department.equals("REV") && section.equals("NAZ") ? 9L : null;
        }
        public ExistingPost post(String code) {
            return code.equals("LR-SUR-SO") ? new ExistingPost(70L, 7L) : code.equals("REV-NAZ-SO") ? new ExistingPost(90L, 9L) : null;
        }
        public String employeeCodeOfLogin(String login) { return login.equals("existing.user") ? "CG104001" : null; }
        public String loginOfEmployeeCode(String code) { return code.equals("CG104001") ? "existing.user" : null; }
    };

    static ImportRow row(int line, String... headerValuePairs) {
        Map<String, String> cells = new LinkedHashMap<>();
        cells.put("department", "LR");
        cells.put("section", "SUR");
        cells.put("post", "LR-SUR-AG3-9");
        cells.put("post_en", "Assistant Grade-3");
        cells.put("post_hi", "सहायक ग्रेड-3");
        cells.put("reports_to", "LR-SUR-SO");
        cells.put("employee_code", "CG500101");
        cells.put("name_en", "Kiran Dhruw");
        cells.put("name_hi", "किरण ध्रुव");
        cells.put("login", "kiran.dhruw");
        cells.put("email", "kiran.dhruw@cg.gov.in");
        cells.put("mobile", "9826011111");
        cells.put("roles", "STAFF");
        for (int i = 0; i < headerValuePairs.length; i += 2) {
            cells.put(headerValuePairs[i], headerValuePairs[i + 1]);
        }
        return ImportRow.of(line, cells);
    }

    static List<String> keys(Checked c) {
        return c.problems().stream().map(p -> p.column().header() + ":" + p.key()).toList();
    }

    @Test
    void aGoodRowBringsANewPostAndANewUserInTheirStoredForm() {
        Checked c = RowCheck.check(List.of(row(2, "department", " lr ", "login", "Kiran.Dhruw", "mobile", "९८२६०१११११",
                "roles", "staff; officer")), DISTRICT).get(0);

        assertThat(c.problems()).isEmpty();
        assertThat(c.status()).isEqualTo(Status.NEW);
        assertThat(c.newPost()).isTrue();
        assertThat(c.newUser()).isTrue();
        assertThat(c.entry().department()).isEqualTo("LR");
        assertThat(c.entry().sectionId()).isEqualTo(7L);
        assertThat(c.entry().login()).isEqualTo("kiran.dhruw");
        assertThat(c.entry().mobile()).as("Devanagari digits become ASCII").isEqualTo("9826011111");
        assertThat(c.entry().roles()).containsExactlyInAnyOrder(Role.STAFF, Role.OFFICER);
    }

    @Test
    void aHindiNameTypedWithPrecomposedNuktaLettersIsStoredNfcAndStillMatchesTheRules() {
        String typed = "\u095Eातिमा \u0916\u093C\u093Eन"; // फ़ as one code point (U+095E), ख़ as ख + nukta
        String nfc = Normalizer.normalize(typed, Normalizer.Form.NFC);
        assertThat(nfc).isNotEqualTo(typed);

        Checked c = RowCheck.check(List.of(row(2, "name_hi", typed, "name_en", "Fatima Khan")), DISTRICT).get(0);

        assertThat(c.problems()).isEmpty();
        assertThat(c.entry().nameHi()).isEqualTo(nfc);
    }

    @Test
    void theSameHindiNameInTwoFormsIsOneNameSoADuplicateLoginIsFoundWhateverTheKeyboard() {
        List<Checked> checked = RowCheck.check(List.of(
                row(2, "name_hi", "\u095Eातिमा"),
                row(3, "name_hi", "\u092B\u093Cातिमा", "post", "LR-SUR-AG3-13", "employee_code", "CG500777")), DISTRICT);

        assertThat(checked.get(0).entry().nameHi()).isEqualTo(checked.get(1).entry().nameHi());
        assertThat(keys(checked.get(1))).containsExactly("login:import.duplicate.login");
    }

    @Test
    void unknownDepartmentAndSectionCodesAreNamed() {
        List<Checked> checked = RowCheck.check(List.of(
                row(2, "department", "XYZ"),
                row(3, "section", "NOPE", "post", "LR-NOPE-1", "employee_code", "CG500102", "login", "other.one")), DISTRICT);

        assertThat(checked.get(0).status()).isEqualTo(Status.ERROR);
        assertThat(checked.get(0).problems()).extracting(Problem::key, Problem::args)
                .contains(org.assertj.core.groups.Tuple.tuple("import.department.unknown", List.of("XYZ")));
        assertThat(checked.get(1).problems()).extracting(Problem::key, Problem::args)
                .contains(org.assertj.core.groups.Tuple.tuple("import.section.unknown", List.of("NOPE", "LR")));
    }

    @Test
    void theSecondRowWithTheSameLoginOrEmployeeCodeIsAnErrorNamingTheFirst() {
        List<Checked> checked = RowCheck.check(List.of(
                row(2),
                row(3, "post", "LR-SUR-AG3-10", "login", "KIRAN.DHRUW", "employee_code", "CG500199"),
                row(4, "post", "LR-SUR-AG3-11", "login", "someone.else", "employee_code", "cg500101")), DISTRICT);

        assertThat(checked.get(0).status()).isEqualTo(Status.NEW);
        assertThat(checked.get(1).problems()).extracting(Problem::key, Problem::args)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("import.duplicate.login", List.of("kiran.dhruw", 2)));
        assertThat(checked.get(2).problems()).extracting(Problem::key, Problem::args)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("import.duplicate.employeeCode", List.of("CG500101", 2)));
    }

    @Test
    void cellsASpreadsheetWouldRunAsFormulasAreRefused() {
        Checked c = RowCheck.check(List.of(row(2, "name_en", "=HYPERLINK(\"http://x\")", "email", "@x.in",
                "mobile", "+919826011111", "post_en", "-Clerk")), DISTRICT).get(0);

        assertThat(c.status()).isEqualTo(Status.ERROR);
        assertThat(keys(c)).contains("name_en:import.cell.formula", "email:import.cell.formula",
                "mobile:import.cell.formula", "post_en:import.cell.formula");
    }

    @Test
    void badShapesAreTheAdministratorsFormRules() {
        Checked c = RowCheck.check(List.of(row(2, "login", "K", "employee_code", "12", "name_en", "किरण",
                "name_hi", "Kiran", "mobile", "12345", "email", "not-an-address", "roles", "KING", "post", "lr sur 1")), DISTRICT).get(0);

        assertThat(keys(c)).contains("login:user.login.invalid", "employee_code:user.employeeCode.invalid",
                "name_en:user.nameEn.invalid", "name_hi:user.nameHi.invalid", "mobile:user.mobile.invalid",
                "email:user.email.invalid", "roles:import.role.unknown", "post:code.invalid");
    }

    @Test
    void aNewPostNeedsBothNamesAndAPostCannotMoveSectionsByImport() {
        List<Checked> checked = RowCheck.check(List.of(
                row(2, "post_en", "", "post_hi", ""),
                row(3, "post", "REV-NAZ-SO", "login", "x.y.z", "employee_code", "CG500300")), DISTRICT);

        assertThat(keys(checked.get(0))).contains("post_en:name.en.required", "post_hi:name.hi.required");
        assertThat(keys(checked.get(1))).containsExactly("post:import.post.elsewhere");
    }

    @Test
    void aReportingPostMustExistInDaftarOrInTheFile() {
        List<Checked> checked = RowCheck.check(List.of(
                row(2, "post", "LR-SUR-HEAD2", "reports_to", "LR-SUR-SO", "login", "a.b.c", "employee_code", "CG500401"),
                row(3, "reports_to", "LR-SUR-HEAD2"),
                row(4, "post", "LR-SUR-X", "reports_to", "NOWHERE", "login", "d.e.f", "employee_code", "CG500402")), DISTRICT);

        assertThat(checked.get(0).problems()).isEmpty();
        assertThat(checked.get(1).problems()).isEmpty();
        assertThat(keys(checked.get(2))).containsExactly("reports_to:import.reportsTo.unknown");
    }

    @Test
    void aRowImportedBeforeIsPresentAndALoginOfSomeoneElseIsTaken() {
        List<Checked> checked = RowCheck.check(List.of(
                row(2, "post", "LR-SUR-SO", "reports_to", "", "login", "existing.user", "employee_code", "CG104001"),
                row(3, "login", "existing.user", "employee_code", "CG500501"),
                row(4, "post", "LR-SUR-AG3-12", "login", "new.person", "employee_code", "CG104001")), DISTRICT);

        assertThat(checked.get(0).status()).isEqualTo(Status.PRESENT);
        assertThat(checked.get(0).newPost()).isFalse();
        assertThat(checked.get(0).newUser()).isFalse();
        assertThat(keys(checked.get(1))).contains("login:user.login.taken");
        assertThat(keys(checked.get(2))).contains("employee_code:user.employeeCode.taken");
    }

    @Test
    void aVacantPostNeedsNoEmployeeColumns() {
        Checked c = RowCheck.check(List.of(row(2, "employee_code", "", "name_en", "", "name_hi", "", "login", "",
                "email", "", "mobile", "", "roles", "")), DISTRICT).get(0);

        assertThat(c.problems()).isEmpty();
        assertThat(c.newPost()).isTrue();
        assertThat(c.newUser()).isFalse();
    }
}
