package org.daftar.efile;

import org.daftar.org.Department;
import org.daftar.org.Post;
import org.daftar.org.Section;
import org.daftar.platform.BusinessException;
import org.daftar.platform.BusinessException.Kind;
import org.daftar.user.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.text.Normalizer;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.daftar.efile.EfileFixtures.LAND_RECORDS;
import static org.daftar.efile.EfileFixtures.REVENUE;
import static org.daftar.efile.EfileFixtures.refused;

/** Receipt and file numbers as they are written on the cover, and what typed text becomes before it is stored. */
class NumbersAndInputsTest {

    private static final Instant NOW = EfileFixtures.ist("2026-11-23T10:00");

    // ---- numbers ---------------------------------------------------------------------------

    @Test
    void aReceiptIsNumberedSectionSerialYear() {
        assertThat(Receipt.number(LAND_RECORDS, 1234, 2026)).isEqualTo("LR/1234/2026");
        assertThat(Receipt.number(LAND_RECORDS, 7, 2026)).as("receipt serials are not padded").isEqualTo("LR/7/2026");
    }

    @Test
    void aDiarisedReceiptCarriesItsNumber() {
        Post clerk = EfileFixtures.post("LR-BHU-AG2", null);
        User sunita = EfileFixtures.user("sunita.sahu", "Sunita Sahu", "सुनीता साहू");

        Receipt r = EfileFixtures.receipt(1234, clerk, sunita, NOW);

        assertThat(r.getNumber()).isEqualTo("LR/1234/2026");
        assertThat(r.getKind()).isEqualTo("RECEIPT");
        assertThat(r.isFile()).isFalse();
        assertThat(r.getSection()).isSameAs(LAND_RECORDS);
    }

    @Test
    void aFileIsNumberedDepartmentSectionSubjectHeadSerialYear() {
        SubjectHead mutation = new SubjectHead(LAND_RECORDS, "12-3", "Mutation", "नामांतरण");

        assertThat(EFile.number(mutation, 45, 2026)).isEqualTo("REV/LR/12-3/0045/2026");
        assertThat(EFile.number(mutation, 1, 2027)).isEqualTo("REV/LR/12-3/0001/2027");
        assertThat(EFile.number(mutation, 12345, 2026)).as("never truncated").isEqualTo("REV/LR/12-3/12345/2026");
    }

    @Test
    void anOpenedFileCarriesItsNumberAndTheSubjectHeadsSection() {
        Post clerk = EfileFixtures.post("LR-BHU-AG2", null);
        User sunita = EfileFixtures.user("sunita.sahu", "Sunita Sahu", "सुनीता साहू");

        EFile f = EfileFixtures.file(45, clerk, sunita, NOW);

        assertThat(f.getNumber()).isEqualTo("REV/LR/12-3/0045/2026");
        assertThat(f.getKind()).isEqualTo("FILE");
        assertThat(f.getSection()).isSameAs(LAND_RECORDS);
        assertThat(f.getSubjectHead().getCode()).isEqualTo("12-3");
    }

    @Test
    void codesTypedOnAHindiKeyboardAreStoredWithAsciiDigitsInCapitals() {
        Department revenue = new Department(REVENUE.getDistrict(), " rev ", "Revenue", "राजस्व");
        Section landRecords = new Section(revenue, "lr", "Land Records", "भू-अभिलेख");
        SubjectHead head = new SubjectHead(landRecords, "१२-३", "Mutation", "नामांतरण");

        assertThat(head.getCode()).isEqualTo("12-3");
        assertThat(EFile.number(head, 45, 2026)).isEqualTo("REV/LR/12-3/0045/2026");
        assertThat(new SubjectHead(landRecords, " ab-१० ", "Misc", "विविध").getCode()).isEqualTo("AB-10");
    }

    @ParameterizedTest(name = "subject head code \"{0}\" is refused")
    @ValueSource(strings = {"", "  ", "12/3", "-12", "12 3", "1234567890123", "१२_३"})
    void subjectHeadCodesThatWouldBreakTheFileNumberAreRefused(String code) {
        BusinessException e = refused(() -> new SubjectHead(LAND_RECORDS, code, "Mutation", "नामांतरण"));
        assertThat(e.key()).isEqualTo("subjectHead.code.invalid");
    }

    // ---- typed text ------------------------------------------------------------------------

    @Test
    void aHundredKilobyteSubjectIsRefusedWithTheLimitInTheMessage() {
        String huge = "भूमि ".repeat(20_480);   // 100 KB of text

        BusinessException e = refused(() -> Inputs.requiredText(huge, WorkItem.SUBJECT_MAX, "item.subject"));

        assertThat(e.key()).isEqualTo("input.tooLong");
        assertThat(e.kind()).isEqualTo(Kind.INVALID);
        assertThat(e.args()).containsExactly("item.subject", 1000);
    }

    @Test
    void aHundredKilobyteSubjectIsRefusedWhenDiarising() {
        Post clerk = EfileFixtures.post("LR-BHU-AG2", null);
        User sunita = EfileFixtures.user("sunita.sahu", "Sunita Sahu", "सुनीता साहू");

        BusinessException e = refused(() -> new Receipt(LAND_RECORDS, 2026, 1, "x".repeat(100 * 1024), Category.GENERAL,
                Priority.ORDINARY, null, new Sender("Ramesh", null, null, null), ReceiptMode.POST, null, null, null,
                clerk, sunita, NOW));

        assertThat(e.key()).isEqualTo("input.tooLong");
        assertThat(e.args()).containsExactly("item.subject", WorkItem.SUBJECT_MAX);
    }

    @Test
    void exactlyTheLimitIsAccepted() {
        String limit = "क".repeat(WorkItem.SUBJECT_MAX);
        assertThat(Inputs.requiredText("  " + limit + "\n", WorkItem.SUBJECT_MAX, "item.subject")).isEqualTo(limit);
    }

    @ParameterizedTest(name = "blank subject [{index}]")
    @ValueSource(strings = {"", "   ", "\n\t", "\u0000\u0007", " \u001b "})
    void aBlankSubjectIsRequired(String blank) {
        BusinessException e = refused(() -> Inputs.requiredText(blank, WorkItem.SUBJECT_MAX, "item.subject"));
        assertThat(e.key()).isEqualTo("item.subject.required");
        assertThat(e.kind()).isEqualTo(Kind.INVALID);
        assertThat(refused(() -> Inputs.requiredText(null, WorkItem.SUBJECT_MAX, "item.subject")).key())
                .isEqualTo("item.subject.required");
    }

    @Test
    void anOptionalBlankBecomesNull() {
        assertThat(Inputs.optionalText(null, 80, "receipt.letterNumber")).isNull();
        assertThat(Inputs.optionalText("  \t ", 80, "receipt.letterNumber")).isNull();
    }

    @Test
    void controlCharactersAreRemovedButLineBreaksAndTabsKept() {
        String typed = "  Mutation\u0000 of\u0007 khasra\u001b[31m 112/4\r\nvillage\tSendri\u007f  ";

        assertThat(Inputs.requiredText(typed, WorkItem.SUBJECT_MAX, "item.subject"))
                .isEqualTo("Mutation of khasra[31m 112/4\r\nvillage\tSendri");
    }

    @Test
    void c1ControlCharactersAreRemovedToo() {
        assertThat(Inputs.requiredText("Mutation\u009b31m of\u0080 khasra", WorkItem.SUBJECT_MAX, "item.subject"))
                .isEqualTo("Mutation31m of khasra");
    }

    @Test
    void combiningSequencesAreStoredNfc() {
        assertThat(Inputs.requiredText("Cafe\u0301", 100, "x")).isEqualTo("Caf\u00e9");
        // क + ि (a vowel sign, not a composition) is unchanged
        assertThat(Inputs.requiredText("कि", 100, "x")).isEqualTo("\u0915\u093f");
    }

    @Test
    void nuktaLettersComeOutInOneFormWhicheverKeyboardTypedThem() {
        String precomposed = "\u095e";              // फ़ DEVANAGARI LETTER FA
        String decomposed = "\u092b\u093c";         // फ + ़ NUKTA

        String fromOneKeyboard = Inputs.requiredText("\u0938\u093e" + precomposed, 100, "x");
        String fromAnother = Inputs.requiredText("\u0938\u093e" + decomposed, 100, "x");

        // U+095E is a composition exclusion: NFC decomposes it and never recomposes it.
        assertThat(Normalizer.normalize(precomposed, Normalizer.Form.NFC)).isEqualTo(decomposed);
        assertThat(fromOneKeyboard).isEqualTo("\u0938\u093e\u092b\u093c");
        assertThat(fromAnother).isEqualTo(fromOneKeyboard);
        assertThat(fromOneKeyboard).doesNotContain(precomposed);
    }

    @Test
    void emojiAndJoinersAreKeptExactly() {
        String clerkAtWork = "\uD83D\uDC69\u200D\uD83D\uDCBB";   // 👩‍💻 woman, ZWJ, laptop
        String halfKa = "\u0915\u094d\u200d\u0937";               // क्‍ष with an explicit half form (ZWJ)
        String noLigature = "\u0915\u094d\u200c\u0937";           // क्‌ष with ZWNJ
        String typed = "File moved " + clerkAtWork + " " + halfKa + " " + noLigature + " \uD83D\uDC4D\uD83C\uDFFD";

        assertThat(Inputs.requiredText(typed, 100, "x")).isEqualTo(typed);
    }
}
