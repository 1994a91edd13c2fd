package org.daftar.document;

import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;

import java.awt.Color;

/** The table cells and paragraphs of Daftar's tabular documents (minutes, the review pack), shaped by {@link PdfFonts}. */
final class PdfCells {

    private static final Color RULE = new Color(200, 200, 200);

    private PdfCells() {
    }

    /** A table cell with a paragraph per line of {@code text}. */
    static PdfPCell cell(String text, float size, int style, Color color) {
        PdfPCell cell = new PdfPCell();
        cell.setBorderColor(RULE);
        cell.setPaddingTop(2f);
        cell.setPaddingBottom(5f);
        for (String line : text.split("\\R")) {
            cell.addElement(paragraph(line, size, style, color));
        }
        return cell;
    }

    static Paragraph paragraph(String text, float size, int style, Color color) {
        Paragraph p = PdfFonts.embedded(new Paragraph(size * 1.5f));
        p.add(PdfFonts.text(text, size, style, color));
        return p;
    }
}
