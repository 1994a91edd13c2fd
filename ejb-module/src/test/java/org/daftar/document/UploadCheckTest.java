package org.daftar.document;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UploadCheckTest {

    private static final byte[] PDF = head("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
    private static final byte[] JPEG = bytes(0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 'J', 'F', 'I', 'F', 0, 1, 1, 0, 0, 1);
    private static final byte[] PNG = bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R');
    private static final byte[] EXE = head("MZ\u0090\u0000\u0003\u0000\u0000\u0000\u0004\u0000\u0000\u0000\u00ff\u00ff\u0000\u0000");

    @Test
    void acceptsWhatTheContentIsAndSaysHowToServeIt() {
        assertThat(UploadCheck.check("scan.pdf", 1000, PDF)).isEqualTo(DocumentType.PDF);
        assertThat(UploadCheck.check("photo.JPEG", 1000, JPEG)).isEqualTo(DocumentType.JPEG);
        assertThat(UploadCheck.check("नक्शा.png", 1000, PNG)).isEqualTo(DocumentType.PNG);
        assertThat(DocumentType.PDF.mimeType()).isEqualTo("application/pdf");
        assertThat(DocumentType.JPEG.mimeType()).isEqualTo("image/jpeg");
        assertThat(DocumentType.JPEG.extension()).isEqualTo("jpg");
        assertThat(DocumentType.PNG.mimeType()).isEqualTo("image/png");
    }

    @Test
    void aNameWithoutExtensionOrWithDotsInItsWordsIsNoContradiction() {
        assertThat(UploadCheck.check("scan", 1000, PDF)).isEqualTo(DocumentType.PDF);
        assertThat(UploadCheck.check("आदेश दि. 05.03.2024", 1000, PDF)).isEqualTo(DocumentType.PDF);
    }

    @Test
    void rejectsEmptyUploads() {
        assertRejected(() -> UploadCheck.check("scan.pdf", 0, PDF), UploadRejected.EMPTY);
        assertRejected(() -> UploadCheck.check("scan.pdf", 1000, new byte[0]), UploadRejected.EMPTY);
        assertRejected(() -> UploadCheck.check("scan.pdf", 1000, null), UploadRejected.EMPTY);
    }

    @Test
    void acceptsUpToTwentyMegabytes() {
        assertThat(UploadCheck.MAX_BYTES).isEqualTo(20 * 1024 * 1024);
        assertThat(UploadCheck.check("scan.pdf", UploadCheck.MAX_BYTES, PDF)).isEqualTo(DocumentType.PDF);
        assertRejected(() -> UploadCheck.check("scan.pdf", UploadCheck.MAX_BYTES + 1, PDF), UploadRejected.TOO_LARGE);
    }

    @Test
    void theBytesDecideTheType() {
        assertRejected(() -> UploadCheck.check("setup.pdf", 1000, EXE), UploadRejected.TYPE);
        assertRejected(() -> UploadCheck.check("notes.pdf", 1000, head("Hello, this is text")), UploadRejected.TYPE);
        assertRejected(() -> UploadCheck.check("cut.pdf", 3, head("%PD")), UploadRejected.TYPE);
        assertRejected(() -> UploadCheck.check("page.png", 1000, head("<html><script>x")), UploadRejected.TYPE);
    }

    @Test
    void rejectsANameThatContradictsTheContent() {
        assertRejected(() -> UploadCheck.check("scan.png", 1000, PDF), UploadRejected.MISMATCH);
        assertRejected(() -> UploadCheck.check("photo.pdf", 1000, JPEG), UploadRejected.MISMATCH);
        assertRejected(() -> UploadCheck.check("scan.pdf.exe", 1000, PDF), UploadRejected.MISMATCH);
        assertRejected(() -> UploadCheck.check("letter.docx", 1000, PDF), UploadRejected.MISMATCH);
    }

    @Test
    void rejectsANameWithNothingUsableLeft() {
        assertRejected(() -> UploadCheck.check("../", 1000, PDF), UploadRejected.NAME);
    }

    @Test
    void safeNameDropsDirectories() {
        assertThat(UploadCheck.safeName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(UploadCheck.safeName("C:\\Users\\ram\\Desktop\\पत्र.pdf")).isEqualTo("पत्र.pdf");
        assertThat(UploadCheck.safeName("..\\..\\windows\\win.ini")).isEqualTo("win.ini");
    }

    @Test
    void safeNameRemovesControlAndBidiCharacters() {
        assertThat(UploadCheck.safeName("a\u0000b\u0007c\r\n.pdf")).isEqualTo("abc .pdf");
        assertThat(UploadCheck.safeName("invoice\u202Efdp.exe")).isEqualTo("invoicefdp.exe");
        assertThat(UploadCheck.safeName("a<b>:c?|*\".pdf")).isEqualTo("a_b__c____.pdf");
        assertThat(UploadCheck.safeName("  .hidden   file  . ")).isEqualTo("hidden file");
    }

    @Test
    void safeNameKeepsHindiExactly() {
        String name = "नामांतरण आदेश – श्रीमती क्\u200Dष र\u200Dय क्\u200Cष (त्र्यंबक) 👍🏽.pdf";
        assertThat(UploadCheck.safeName(name)).isEqualTo(name);
    }

    @Test
    void safeNameCutsLongNamesAtACharacterBoundaryAndKeepsTheExtension() {
        String name = UploadCheck.safeName("x" + "कि".repeat(200) + ".pdf");
        assertThat(name.codePointCount(0, name.length())).isEqualTo(UploadCheck.MAX_NAME_LENGTH - 1);
        assertThat(name).startsWith("xकि").endsWith("कि.pdf");
        assertThat(UploadCheck.safeName("x".repeat(500))).hasSize(UploadCheck.MAX_NAME_LENGTH);
        assertThat(UploadCheck.check("a".repeat(300) + ".pdf", 1000, PDF)).isEqualTo(DocumentType.PDF);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "...", "../", "/", "\\", "\u0000\u0001", "\u202E", "?*<>"})
    void safeNameRejectsWhenNothingUsableRemains(String original) {
        assertRejected(() -> UploadCheck.safeName(original), UploadRejected.NAME);
    }

    private static void assertRejected(Runnable upload, String key) {
        assertThatThrownBy(upload::run).isInstanceOfSatisfying(UploadRejected.class,
                rejected -> assertThat(rejected.key()).isEqualTo(key));
    }

    private static byte[] head(String latin1) {
        return latin1.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }
}
