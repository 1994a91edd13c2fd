package org.daftar.web.faces.export;

import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import org.daftar.document.PdfFonts;
import org.primefaces.component.datatable.export.DataTablePDFExporter;

/**
 * PDF export in the fonts Daftar's documents use: PrimeFaces sets each cell in one Latin font,
 * which has no Devanagari glyphs, so Hindi would vanish. Every cell, heading or data, passes
 * through {@link #addCell}; its text is set again through {@link PdfFonts}, which picks
 * Devanagari or Latin per run and shapes the conjuncts, keeping size and weight.
 */
public class ShapedPdfExporter extends DataTablePDFExporter {

    private static final float DEFAULT_SIZE = 9;

    @Override
    protected void addCell(PdfPTable table, PdfPCell cell) {
        Phrase phrase = cell.getPhrase();
        if (phrase != null) {
            Font font = phrase.getFont();
            float size = font.getSize() > 0 ? font.getSize() : DEFAULT_SIZE;
            int style = font.getStyle() == Font.UNDEFINED ? Font.NORMAL : font.getStyle() & (Font.BOLD | Font.ITALIC);
            cell.setPhrase(PdfFonts.text(phrase.getContent(), size, style));
        }
        super.addCell(table, cell);
    }

    @Override
    public String getComponentValue(FacesContext context, UIComponent component) {
        return CellText.readByPrimeFaces(component) ? super.getComponentValue(context, component) : CellText.rendered(context, component);
    }
}
