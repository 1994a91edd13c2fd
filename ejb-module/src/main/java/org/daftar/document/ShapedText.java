package org.daftar.document;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.LayoutProcessor;

import java.awt.font.GlyphVector;

/**
 * Centring and right-aligning shaped text. OpenPDF 2.0.5 measures a chunk by the advance widths
 * of its characters before shaping, but draws the shaped glyphs, which are narrower wherever
 * consonants join (क्ट, र्य, त्र): a centred Hindi line then sits left of centre and a
 * right-aligned one stops short of the margin. Left-aligned text is only affected in that lines
 * wrap a little early, which is harmless. This class measures what is drawn and moves aligned
 * single lines by the difference.
 */
final class ShapedText {

    private ShapedText() {
    }

    /** The width the phrase really takes on the page, in points. */
    static float width(Phrase phrase) {
        float width = 0;
        for (Element element : phrase.getChunks()) {
            Chunk chunk = (Chunk) element;
            BaseFont font = chunk.getFont().getBaseFont();
            if (font != null && LayoutProcessor.supportsFont(font) && !chunk.getContent().isEmpty()) {
                GlyphVector glyphs = LayoutProcessor.computeGlyphVector(font, chunk.getFont().getSize(), chunk.getContent());
                width += (float) glyphs.getGlyphPosition(glyphs.getNumGlyphs()).getX();
            } else {
                width += chunk.getWidthPoint();
            }
        }
        return width;
    }

    /** How much wider OpenPDF believes the phrase to be than it is drawn. */
    static float excess(Phrase phrase) {
        float measured = 0;
        for (Element element : phrase.getChunks()) {
            measured += ((Chunk) element).getWidthPoint();
        }
        return measured - width(phrase);
    }

    /**
     * A one-line paragraph that lands where the alignment says: indented by the measuring error,
     * on the left and right for a centred line (the available width stays the same) and
     * negatively on the right for a right-aligned one.
     */
    static Paragraph line(Phrase phrase, float leading, int alignment) {
        Paragraph line = PdfFonts.embedded(new Paragraph(leading));
        line.add(phrase);
        line.setAlignment(alignment);
        float excess = excess(phrase);
        if (alignment == Element.ALIGN_CENTER) {
            line.setIndentationLeft(excess / 2);
            line.setIndentationRight(-excess / 2);
        } else if (alignment == Element.ALIGN_RIGHT) {
            line.setIndentationRight(-excess);
        }
        return line;
    }
}
