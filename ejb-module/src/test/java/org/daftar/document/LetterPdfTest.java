package org.daftar.document;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;

class LetterPdfTest {

    static final Letter LETTER = new Letter(
            "कार्यालय कलेक्टर, जिला त्र्यंबकपुर (महाराष्ट्र)",
            "Office of the Collector, District Trimbakpur (Maharashtra)",
            "राजस्व/नामांतरण/2024/1187",
            LocalDate.of(2024, 3, 5),
            List.of("श्रीमती सावित्री देवी\nग्राम त्र्यंबक, तहसील नासिक", "The Tehsildar, Nashik"),
            "नामांतरण प्रकरण क्रमांक 42/2024 — कृषि भूमि (Survey No. 117/2)",
            "<p>उपरोक्त विषय में आपके <b>प्रतिवेदन</b> दिनांक 12-02-2024 के संदर्भ में लेख है कि श्रीमती सावित्री देवी "
                    + "के नाम ग्राम त्र्यंबक की कृषि भूमि का नामांतरण स्वीकृत किया गया है। "
                    + "Mutation entry 5531 has been certified; the area is 2.45 hectares.</p>"
                    + "<p>कृपया निम्न कार्यवाही करें:</p>"
                    + "<ol><li>अभिलेख में प्रविष्टि करें (record of rights)।</li><li>आवेदिका को <u>सूचित</u> करें।</li></ol>"
                    + "<ul><li>क्‍ष and क्ष, द्ध, ह्म, ट्र, श्र, ज्ञ</li></ul>"
                    + "<p><i>This letter is issued with the approval of the Collector.</i></p>",
            "अनिल कुमार शर्मा",
            "अपर कलेक्टर / Additional Collector",
            "1. अनुविभागीय अधिकारी (राजस्व), नासिक\n2. Sub-Registrar, Nashik");

    @Test
    void rendersAShapedLetterWhoseTextCanBeExtracted() throws IOException {
        byte[] pdf = LetterPdf.render(LETTER);
        Files.write(Path.of("target", "LetterPdfTest.pdf"), pdf);

        assertThat(new String(pdf, 0, 5, ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(new PdfReader(pdf).getNumberOfPages()).isGreaterThanOrEqualTo(1);
        String text = text(pdf);
        assertThat(text).contains("नामांतरण", "त्र्यंबक", "श्रीमती", "कृषि", "प्रतिवेदन",
                "क्रमांक / No.: राजस्व/नामांतरण/2024/1187", "दिनांक / Date: 05-03-2024",
                "प्रति / To,", "विषय / Subject:", "Survey No. 117/2", "Mutation entry 5531 has been certified",
                "2.45 hectares", "अनिल कुमार शर्मा", "Additional Collector", "प्रतिलिपि / Copy to:",
                "Sub-Registrar, Nashik", "Daftar e-Office", "Page 1 of 1");
    }

    @Test
    void embedsItsFontsAndNoOthers() throws IOException {
        PdfReader reader = new PdfReader(LetterPdf.render(LETTER));
        PdfDictionary fonts = reader.getPageN(1).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.FONT);
        assertThat(fonts.getKeys()).extracting(key -> fonts.getAsDict(key).getAsName(PdfName.BASEFONT).toString())
                .allMatch(name -> name.matches("/[A-Z]{6}\\+NotoSans(Devanagari)?-(Regular|Bold)"), "a subset of an embedded Noto font");
    }

    @Test
    void startsNewPagesAndNumbersThemAll() throws IOException {
        String longBody = String.join("", Collections.nCopies(60, "<p>नामांतरण पंजी का पृष्ठ, paragraph text.</p>"));
        Letter longLetter = withBody(longBody);
        byte[] pdf = LetterPdf.render(longLetter);
        int pages = new PdfReader(pdf).getNumberOfPages();
        assertThat(pages).isGreaterThan(1);
        String text = text(pdf);
        for (int page = 1; page <= pages; page++) {
            assertThat(text).contains("पृष्ठ / Page " + page + " of " + pages);
        }
    }

    @Test
    void acceptsPlainTextAndDefusesMarkupInIt() throws IOException {
        String text = text(LetterPdf.render(withBody("पहला अनुच्छेद a < b\n\nदूसरा अनुच्छेद <script>x</script>")));
        assertThat(text).contains("पहला अनुच्छेद a < b", "दूसरा अनुच्छेद <script>x</script>");
    }

    @Test
    void leavesOutScriptsFromHtmlBodies() throws IOException {
        String text = text(LetterPdf.render(withBody("<p>सुरक्षित<script>alert(1)</script></p><img src=x onerror=alert(2)>")));
        assertThat(text).contains("सुरक्षित").doesNotContain("alert");
    }

    @Test
    void rendersConcurrently() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> LetterPdf.render(LETTER)));
            }
            for (Future<byte[]> result : results) {
                assertThat(text(result.get())).contains("त्र्यंबक", "प्रतिवेदन");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Letter withBody(String body) {
        return new Letter(LETTER.officeHi(), LETTER.officeEn(), LETTER.number(), LETTER.date(), LETTER.recipients(),
                LETTER.subject(), body, LETTER.signatoryName(), LETTER.signatoryDesignation(), null);
    }

    /** The extracted text with line breaks as spaces, so phrases can be looked for across lines. */
    static String text(byte[] pdf) throws IOException {
        return ActualText.of(pdf).replaceAll("\\s+", " ");
    }
}
