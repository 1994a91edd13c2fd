package org.daftar.jandarshan;

import com.lowagie.text.pdf.PRTokeniser;
import com.lowagie.text.pdf.PdfContentParser;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfString;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;

class AckSlipPdfTest {

    static final AckSlip SLIP = new AckSlip("कार्यालय कलेक्टर, जिला बिलासपुर", "Office of the Collector, District Bilaspur",
            "JD/2026/000123", LocalDate.of(2026, 11, 23), "श्रीमती सावित्री देवी", "स्व. रामलाल साहू", "ग्राम सेंदरी, वार्ड क्र. 7",
            "खसरा क्रमांक 112/4 का नामांतरण छह माह से लंबित — mutation pending for six months", "राजस्व", "Revenue",
            LocalDate.of(2026, 12, 1));

    @Test
    void theSlipCarriesTheNumberTheApplicantAndTheDeadline() throws IOException {
        byte[] pdf = AckSlipPdf.render(SLIP);
        Files.write(Path.of("target", "AckSlipPdfTest.pdf"), pdf);

        assertThat(new String(pdf, 0, 5, ISO_8859_1)).isEqualTo("%PDF-");
        PdfReader reader = new PdfReader(pdf);
        assertThat(reader.getNumberOfPages()).isEqualTo(1);
        assertThat(reader.getPageSize(1).getWidth()).isCloseTo(420f, org.assertj.core.data.Offset.offset(1f));
        assertThat(actualText(pdf)).contains("JD/2026/000123", "श्रीमती सावित्री देवी", "स्व. रामलाल साहू",
                "कार्यालय कलेक्टर, जिला बिलासपुर", "Office of the Collector, District Bilaspur", "ग्राम सेंदरी",
                "खसरा क्रमांक 112/4 का नामांतरण", "राजस्व / Revenue", "23-11-2026", "01-12-2026",
                "आवेदन की स्थिति क्रमांक से जानें / check status with this number");
    }

    @Test
    void anApplicationWithoutRelativeNameLeavesTheLineOut() throws IOException {
        AckSlip slip = new AckSlip(SLIP.officeHi(), SLIP.officeEn(), "JD/2026/000124", SLIP.receivedOn(), "Ram Prasad", null,
                "Sendri", "Ration card", "खाद्य", "Food", SLIP.deadline());
        String text = actualText(AckSlipPdf.render(slip));
        assertThat(text).contains("JD/2026/000124", "Ram Prasad", "खाद्य / Food").doesNotContain("पति का नाम");
    }

    /**
     * The page text as its {@code /ActualText} spans give it (what copy, search and pdftotext see
     * of shaped Hindi), white space collapsed; see ejb-module's LetterPdfTest for why.
     */
    static String actualText(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            PdfContentParser parser = new PdfContentParser(new PRTokeniser(reader.getPageContent(page)));
            List<PdfObject> operands = new ArrayList<>();
            while (!parser.parse(operands).isEmpty()) {
                String operator = operands.get(operands.size() - 1).toString();
                if (operator.equals("BDC") && operands.get(1) instanceof PdfDictionary d) {
                    PdfString actual = d.getAsString(PdfName.ACTUALTEXT);
                    if (actual != null) {
                        text.append(actual.toUnicodeString());
                    }
                } else if (operator.equals("ET")) {
                    text.append(' ');
                }
            }
        }
        return text.toString().replaceAll("\\s+", " ");
    }
}
