package org.daftar.document;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PdfFontsTest {

    @Test
    void englishWordsStayWholeRunsAndNeutralsFollowTheTextBeforeThem() {
        assertThat(runs(PdfFonts.text("Office of the Collector, जिला नासिक 12/3 (M.S.)", 11, Font.NORMAL)))
                .containsExactly("NotoSans: Office of the Collector", "NotoSansDevanagari: , जिला नासिक 12/3 (",
                        "NotoSans: M.S.)");
    }

    @Test
    void joinersStayWithTheirDevanagariLetters() {
        assertThat(runs(PdfFonts.text("क्\u200Dष र\u200Dय न\u200Cि", 11, Font.NORMAL)))
                .containsExactly("NotoSansDevanagari: क्\u200Dष र\u200Dय न\u200Cि");
    }

    @Test
    void boldUsesTheBoldFonts() {
        assertThat(runs(PdfFonts.text("विषय / Subject:", 11, Font.BOLD)))
                .containsExactly("NotoSansDevanagari-Bold: विषय / ", "NotoSans-Bold: Subject:");
    }

    /**
     * Pins the OpenPDF behaviour {@link ShapedText} works around: text is measured before it is
     * shaped. If an upgrade measures shaped text, this fails and the correction can go.
     */
    @Test
    void openPdfMeasuresHindiWiderThanItIsDrawnButEnglishExactly() {
        Phrase hindi = PdfFonts.text("त्र्यंबक क्षेत्र श्रीमती", 11, Font.NORMAL);
        assertThat(ShapedText.excess(hindi)).isGreaterThan(3f);
        assertThat(ShapedText.excess(PdfFonts.text("Office of the Collector", 11, Font.NORMAL))).isCloseTo(0f, within(0.5f));
    }

    private static List<String> runs(Phrase phrase) {
        return phrase.getChunks().stream().map(Chunk.class::cast)
                .map(c -> c.getFont().getBaseFont().getPostscriptFontName().replace("-Regular", "") + ": " + c.getContent())
                .toList();
    }

}
