package org.daftar.document;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.draw.LineSeparator;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;

/**
 * Prints an issued letter (पत्र) in the usual layout of a district office: bilingual heading,
 * number and date, addressees, subject, body, signature block and copy-to list, on A4 with a
 * numbered footer. Hindi is shaped properly (see {@link PdfFonts}), and the text stays
 * extractable, so the PDF can be searched and its words checked in tests.
 *
 * <p>Stateless and thread-safe: each call builds its own document.
 */
public final class LetterPdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final float MARGIN = 56f;
    private static final float BOTTOM_MARGIN = 64f;
    private static final float FOOTER_BASELINE = 30f;
    private static final float SIZE = 11f;
    private static final float LEADING = SIZE * 1.5f;
    private static final float INDENT = 24f;

    private LetterPdf() {
    }

    /**
     * Renders the letter.
     *
     * @return the PDF's bytes
     */
    public static byte[] render(Letter letter) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        Document document = NumberedA4.open(out, MARGIN, BOTTOM_MARGIN, FOOTER_BASELINE, letter.subject());
        heading(document, letter);
        numberAndDate(document, letter);
        addressees(document, letter);
        subject(document, letter);
        LetterBody.elements(letter.bodyHtmlOrText(), SIZE, LEADING).forEach(document::add);
        signature(document, letter);
        copyTo(document, letter);
        document.close();
        return out.toByteArray();
    }

    private static void heading(Document document, Letter letter) {
        document.add(centred(letter.officeHi(), 15f));
        document.add(centred(letter.officeEn(), 12.5f));
        document.add(new LineSeparator(0.6f, 100f, Color.DARK_GRAY, Element.ALIGN_CENTER, -LEADING * 0.75f));
    }

    private static Paragraph centred(String text, float size) {
        return ShapedText.line(text(text, size, Font.BOLD), size * 1.45f, Element.ALIGN_CENTER);
    }

    private static void numberAndDate(Document document, Letter letter) {
        PdfPTable table = new PdfPTable(2);
        table.setWidthPercentage(100f);
        table.addCell(cell(text(Labels.both("letter.number") + ": " + letter.number(), SIZE, Font.NORMAL), Element.ALIGN_LEFT));
        table.addCell(cell(text(Labels.both("letter.date") + ": " + DATE.format(letter.date()), SIZE, Font.NORMAL), Element.ALIGN_RIGHT));
        table.setSpacingBefore(LEADING * 1.4f);
        table.setSpacingAfter(LEADING * 0.5f);
        document.add(table);
    }

    private static PdfPCell cell(Phrase phrase, int alignment) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        cell.addElement(ShapedText.line(phrase, LEADING, alignment));
        return cell;
    }

    private static void addressees(Document document, Letter letter) {
        document.add(paragraph(LEADING, text(Labels.both("letter.to"), SIZE, Font.NORMAL)));
        letter.recipients().forEach(recipient -> addLines(document, recipient));
    }

    private static void subject(Document document, Letter letter) {
        Paragraph p = PdfFonts.embedded(new Paragraph(LEADING));
        p.add(text(Labels.both("letter.subject") + ": ", SIZE, Font.BOLD));
        p.add(text(letter.subject(), SIZE, Font.NORMAL));
        p.setSpacingBefore(LEADING * 0.6f);
        p.setSpacingAfter(LEADING * 0.6f);
        document.add(p);
    }

    /** Name and designation, kept together on one page. */
    private static void signature(Document document, Letter letter) {
        PdfPCell block = cell(text(letter.signatoryName(), SIZE, Font.BOLD), Element.ALIGN_RIGHT);
        block.addElement(ShapedText.line(text(letter.signatoryDesignation(), SIZE, Font.NORMAL), LEADING, Element.ALIGN_RIGHT));
        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(100f);
        table.addCell(block);
        table.setKeepTogether(true);
        table.setSpacingBefore(LEADING * 2.5f);
        document.add(table);
    }

    private static void copyTo(Document document, Letter letter) {
        if (letter.copyTo() == null || letter.copyTo().isBlank()) {
            return;
        }
        Paragraph heading = paragraph(LEADING, text(Labels.both("letter.copyTo"), SIZE, Font.BOLD));
        heading.setSpacingBefore(LEADING);
        document.add(heading);
        addLines(document, letter.copyTo().strip());
    }

    /** Indented, one paragraph per line of {@code text} (addresses, copy-to lists). */
    private static void addLines(Document document, String text) {
        for (String line : text.split("\\R")) {
            Paragraph p = paragraph(LEADING, text(line.strip(), SIZE, Font.NORMAL));
            p.setIndentationLeft(INDENT);
            document.add(p);
        }
    }

    private static Paragraph paragraph(float leading, Phrase phrase) {
        Paragraph p = PdfFonts.embedded(new Paragraph(leading));
        p.add(phrase);
        return p;
    }

    private static Phrase text(String text, float size, int style) {
        return PdfFonts.text(text, size, style);
    }
}
