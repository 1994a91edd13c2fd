package org.daftar.document;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;

import java.io.OutputStream;

/** An open A4 document (portrait, or landscape for wide tables) with Daftar's numbered {@link PageFooter}, marked as Hindi (screen readers) and titled. */
final class NumberedA4 {

    private NumberedA4() {
    }

    /**
     * @param margin         left, right and top margin, in points
     * @param bottomMargin   above the footer
     * @param footerBaseline the footer's text above the page's bottom edge
     */
    static Document open(OutputStream out, float margin, float bottomMargin, float footerBaseline, String title) {
        return open(out, PageSize.A4, margin, bottomMargin, footerBaseline, title);
    }

    static Document open(OutputStream out, Rectangle page, float margin, float bottomMargin, float footerBaseline, String title) {
        Document document = new Document(page, margin, margin, margin, bottomMargin);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(new PageFooter(footerBaseline));
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString("hi-IN"));
        document.addTitle(title);
        document.addCreator("Daftar e-Office");
        document.open();
        return document;
    }
}
