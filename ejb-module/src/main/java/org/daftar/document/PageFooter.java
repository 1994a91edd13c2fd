package org.daftar.document;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

import java.awt.Color;

/**
 * Draws the footer of every page: a rule, the application's name on the left and
 * "पृष्ठ / Page n of m" on the right. The total is not known until the document closes, so it is
 * written into a placeholder drawn on every page. One instance per document.
 */
final class PageFooter extends PdfPageEventHelper {

    private static final String APP = "Daftar e-Office";
    private static final float SIZE = 8f;
    private static final float TOTAL_WIDTH = 18f;
    private static final Color GREY = new Color(90, 90, 90);

    private final float baseline;
    private PdfTemplate total;

    /** @param baseline the height of the footer text above the page's bottom edge */
    PageFooter(float baseline) {
        this.baseline = baseline;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        total = writer.getDirectContent().createTemplate(TOTAL_WIDTH, SIZE * 2);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte cb = writer.getDirectContent();
        float left = document.left();
        float right = document.right();

        cb.saveState();
        cb.setColorStroke(GREY);
        cb.setLineWidth(0.4f);
        cb.moveTo(left, baseline + SIZE * 1.6f);
        cb.lineTo(right, baseline + SIZE * 1.6f);
        cb.stroke();
        cb.restoreState();

        ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, text(APP), left, baseline, 0);
        Phrase page = text(Labels.both("page") + " " + writer.getPageNumber() + " of ");
        ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, page, right - TOTAL_WIDTH - ShapedText.width(page), baseline, 0);
        cb.addTemplate(total, right - TOTAL_WIDTH, baseline - SIZE / 2);
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        ColumnText.showTextAligned(total, Element.ALIGN_LEFT, text(String.valueOf(writer.getPageNumber() - 1)),
                0, SIZE / 2, 0);
    }

    private static Phrase text(String s) {
        return PdfFonts.text(s, SIZE, Font.NORMAL, GREY);
    }
}
