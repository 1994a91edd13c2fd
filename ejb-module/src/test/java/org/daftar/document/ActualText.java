package org.daftar.document;

import com.lowagie.text.pdf.PRStream;
import com.lowagie.text.pdf.PRTokeniser;
import com.lowagie.text.pdf.PdfContentParser;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfString;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The text of a PDF as its {@code /ActualText} spans give it, which is what copy and paste,
 * search and {@code pdftotext} see of shaped Hindi. OpenPDF's own {@code PdfTextExtractor}
 * ignores ActualText and decodes the shaped glyphs instead (त्र्यंबक comes out as तयंबक), so the
 * tests read the spans with OpenPDF's content-stream parser. Text shown outside such spans
 * (none in Daftar's PDFs, all fonts being shaped) is not returned.
 */
final class ActualText {

    private ActualText() {
    }

    /** Page by page, a line break wherever the text moves to a new line. */
    static String of(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            read(reader.getPageContent(page), reader.getPageN(page).getAsDict(PdfName.RESOURCES), text);
            text.append('\n');
        }
        return text.toString();
    }

    private static void read(byte[] content, PdfDictionary resources, StringBuilder text) throws IOException {
        PdfContentParser parser = new PdfContentParser(new PRTokeniser(content));
        List<PdfObject> operands = new ArrayList<>();
        while (!parser.parse(operands).isEmpty()) {
            switch (operands.get(operands.size() - 1).toString()) {
                case "BDC" -> actualText(operands.get(1)).ifPresent(text::append);
                case "Td", "TD" -> {
                    if (((PdfNumber) operands.get(1)).floatValue() != 0) {
                        text.append('\n');
                    }
                }
                case "T*", "Tm", "ET" -> text.append('\n');
                case "Do" -> form(resources, (PdfName) operands.get(0), text);
                default -> { }
            }
        }
    }

    private static Optional<String> actualText(PdfObject properties) {
        if (properties instanceof PdfDictionary dictionary) {
            PdfString actual = dictionary.getAsString(PdfName.ACTUALTEXT);
            return Optional.ofNullable(actual).map(PdfString::toUnicodeString);
        }
        return Optional.empty();
    }

    private static void form(PdfDictionary resources, PdfName name, StringBuilder text) throws IOException {
        PdfObject object = PdfReader.getPdfObject(resources.getAsDict(PdfName.XOBJECT).get(name));
        if (object instanceof PRStream stream && PdfName.FORM.equals(stream.getAsName(PdfName.SUBTYPE))) {
            PdfDictionary own = stream.getAsDict(PdfName.RESOURCES);
            read(PdfReader.getStreamBytes(stream), own != null ? own : resources, text);
        }
    }
}
