package org.daftar.document;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontSelector;
import com.lowagie.text.pdf.LayoutProcessor;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fonts for every PDF Daftar writes, and the one place that switches on OpenPDF's text
 * shaping. Without shaping OpenPDF draws Devanagari letter by letter (ि after its consonant,
 * no conjuncts); with {@link LayoutProcessor} it lays text out through Java's font engine, and
 * {@code setWriteActualText} keeps the original text extractable for copy and search.
 *
 * <p>{@code LayoutProcessor} is global, static state that only applies to fonts created after it
 * is enabled, so it is enabled here, once, before the fonts are created, and never disabled.
 * The fonts are created once (class initialisation is thread-safe) and shared: a
 * {@link BaseFont} is safe to share between documents; {@link Font}s, selectors and phrases are
 * cheap and made per use.
 */
public final class PdfFonts {

    private static final String DIR = "/org/daftar/document/fonts/";

    static {
        enableShaping();
    }

    /** Noto Sans Devanagari has no Latin letters, so each style pairs it with Noto Sans. */
    private static final BaseFont DEVANAGARI = load("NotoSansDevanagari-Regular.ttf");
    private static final BaseFont DEVANAGARI_BOLD = load("NotoSansDevanagari-Bold.ttf");
    private static final BaseFont LATIN = load("NotoSans-Regular.ttf");
    private static final BaseFont LATIN_BOLD = load("NotoSans-Bold.ttf");

    /*
     * Selectors are built once: OpenPDF 2.0.5's FontSelector constructor reads and registers its
     * fallback font in the global FontFactory, which took a third of a letter's rendering time
     * and serialised concurrent renderings. process() only reads the font list, so sharing is
     * safe; the chunks it returns are rebuilt with fonts of their own (see text()).
     */
    private static final FontSelector REGULAR = selector(DEVANAGARI, LATIN);
    private static final FontSelector BOLD = selector(DEVANAGARI_BOLD, LATIN_BOLD);

    private PdfFonts() {
    }

    /**
     * The text set in the font that has its glyphs, run by run, as a {@link FontSelector} with the
     * Devanagari font first does it: Latin-first selection splits ZWJ/ZWNJ away from their
     * letters and breaks the shaping of those conjuncts. Runs of script-neutral characters
     * (spaces, digits, punctuation), which the selector always gives to the Devanagari font,
     * then go to the text before them when its font has them, so English words stay whole
     * runs and a wrapped English line does not start with a stray space.
     *
     * @param size  in points
     * @param style {@link Font#NORMAL}, or a combination of {@link Font#BOLD}, {@link Font#ITALIC}
     *              and {@link Font#UNDERLINE}; bold uses the real bold fonts, italic is slanted
     *              (Noto Sans Devanagari has no italic)
     */
    public static Phrase text(String text, float size, int style) {
        return text(text, size, style, Color.BLACK);
    }

    /** {@link #text(String, float, int)} in a colour. */
    public static Phrase text(String text, float size, int style, Color color) {
        FontSelector selector = (style & Font.BOLD) != 0 ? BOLD : REGULAR;
        Map<BaseFont, Font> fonts = new IdentityHashMap<>();
        List<Chunk> runs = new ArrayList<>();
        for (Element element : selector.process(text).getChunks()) {
            Chunk run = (Chunk) element;
            Font font = fonts.computeIfAbsent(run.getFont().getBaseFont(),
                    base -> new Font(base, size, style & ~Font.BOLD, color));
            Chunk previous = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            if (previous != null && (previous.getFont() == font
                    || isNeutral(run.getContent()) && displays(previous.getFont(), run.getContent()))) {
                runs.set(runs.size() - 1, new Chunk(previous.getContent() + run.getContent(), previous.getFont()));
            } else {
                runs.add(new Chunk(run.getContent(), font));
            }
        }
        Phrase phrase = new Phrase();
        phrase.addAll(runs);
        return phrase;
    }

    private static FontSelector selector(BaseFont devanagari, BaseFont latin) {
        FontSelector selector = new FontSelector();
        selector.addFont(new Font(devanagari));
        selector.addFont(new Font(latin));
        return selector;
    }

    private static boolean isNeutral(String text) {
        return text.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.COMMON);
    }

    private static boolean displays(Font font, String text) {
        return text.codePoints().allMatch(cp -> font.getBaseFont().charExists(cp));
    }

    /**
     * A forced line break in one of these fonts ({@code Chunk.NEWLINE} would bring in a
     * non-embedded Helvetica).
     */
    public static Chunk lineBreak(float size) {
        return new Chunk("\n", latin(size, Font.NORMAL));
    }

    /**
     * The paragraph, with its own font (which OpenPDF uses for the blank it writes as spacing
     * before and after it) set to an embedded one; the default would bring in Helvetica, which
     * is not embedded.
     */
    public static <P extends Paragraph> P embedded(P paragraph) {
        paragraph.setFont(latin(10f, Font.NORMAL));
        return paragraph;
    }

    /** A Latin-only font, for list numbers and bullets that need no Devanagari. */
    public static Font latin(float size, int style) {
        return new Font((style & Font.BOLD) != 0 ? LATIN_BOLD : LATIN, size, style & ~Font.BOLD);
    }

    private static void enableShaping() {
        synchronized (LayoutProcessor.class) {
            if (!LayoutProcessor.isEnabled()) {
                LayoutProcessor.enableKernLiga();
            }
            LayoutProcessor.setWriteActualText();
        }
    }

    /**
     * Loads a font shipped in this jar. The bytes go to OpenPDF directly; the name is the
     * resource's URL because {@code LayoutProcessor} reads the font a second time, by name, for
     * Java's shaping engine, and a {@code jar:} or {@code file:} URL is found in any class loader
     * arrangement (WAR on Payara Micro, skinny EAR on Payara Server).
     */
    private static BaseFont load(String file) {
        URL url = PdfFonts.class.getResource(DIR + file);
        if (url == null) {
            throw new IllegalStateException("Font missing from the classpath: " + DIR + file);
        }
        try (InputStream in = url.openStream()) {
            return BaseFont.createFont(url.toExternalForm(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                    false, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read font " + file, e);
        }
    }
}
