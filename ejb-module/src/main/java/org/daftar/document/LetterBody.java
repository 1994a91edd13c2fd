package org.daftar.document;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.ListItem;
import com.lowagie.text.Paragraph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns the limited rich text of a letter's body into OpenPDF elements: a paragraph per
 * {@code <p>}, bold/italic/underline as font styles, lists as indented bullet or numbered lists.
 * One instance per rendering (it keeps the state of the walk).
 */
final class LetterBody extends RichText.Receiver {

    private static final Pattern SPACES = Pattern.compile("[ \\t\\r\\n\\f]+");
    private static final float LIST_INDENT = 14f;
    private static final float SYMBOL_INDENT = 16f;

    private final float size;
    private final float leading;
    private final List<Element> elements = new ArrayList<>();
    private final Deque<com.lowagie.text.List> lists = new ArrayDeque<>();
    private Paragraph current;
    private boolean atLineStart = true;
    private int bold;
    private int italic;
    private int underline;

    private LetterBody(float size, float leading) {
        this.size = size;
        this.leading = leading;
    }

    /** The body's elements, in order, for text set in {@code size} points with {@code leading}. */
    static List<Element> elements(String htmlOrText, float size, float leading) {
        LetterBody body = new LetterBody(size, leading);
        RichText.walkHtmlOrText(htmlOrText, body);
        body.endBlock();
        return body.elements;
    }

    @Override
    public void openTag(String element, List<String> attrs) {
        switch (element) {
            case "p" -> {
                if (current instanceof ListItem) {
                    lineBreak();
                } else {
                    endBlock();
                }
            }
            case "br" -> lineBreak();
            case "b", "strong" -> bold++;
            case "i", "em" -> italic++;
            case "u" -> underline++;
            case "ul", "ol" -> startList(element.equals("ol"));
            case "li" -> {
                endBlock();
                current = PdfFonts.embedded(new ListItem(leading));
            }
            default -> { }
        }
    }

    @Override
    public void closeTag(String element) {
        switch (element) {
            case "p" -> {
                if (!(current instanceof ListItem)) {
                    endBlock();
                }
            }
            case "li" -> endBlock();
            case "b", "strong" -> bold--;
            case "i", "em" -> italic--;
            case "u" -> underline--;
            case "ul", "ol" -> endList();
            default -> { }
        }
    }

    @Override
    public void text(String text) {
        String words = SPACES.matcher(text).replaceAll(" ");
        if (atLineStart) {
            words = words.stripLeading();
        }
        if (words.isEmpty()) {
            return;
        }
        block().add(PdfFonts.text(words, size, style()));
        atLineStart = false;
    }

    private int style() {
        return (bold > 0 ? Font.BOLD : 0) | (italic > 0 ? Font.ITALIC : 0) | (underline > 0 ? Font.UNDERLINE : 0);
    }

    private Paragraph block() {
        if (current == null) {
            current = PdfFonts.embedded(lists.isEmpty() ? new Paragraph(leading) : new ListItem(leading));
            current.setSpacingAfter(lists.isEmpty() ? size * 0.6f : 0);
        }
        return current;
    }

    private void lineBreak() {
        if (current != null && !atLineStart) {
            current.add(PdfFonts.lineBreak(size));
            atLineStart = true;
        }
    }

    private void startList(boolean numbered) {
        endBlock();
        com.lowagie.text.List list = new com.lowagie.text.List(numbered, SYMBOL_INDENT);
        list.setIndentationLeft(LIST_INDENT);
        list.setListSymbol(new Chunk(numbered ? "" : "\u2022", PdfFonts.latin(size, Font.NORMAL)));
        lists.push(list);
    }

    private void endList() {
        endBlock();
        com.lowagie.text.List list = lists.pop();
        if (lists.isEmpty()) {
            Paragraph holder = PdfFonts.embedded(new Paragraph(leading));
            holder.add(list);
            holder.setSpacingAfter(size * 0.6f);
            elements.add(holder);
        } else {
            lists.peek().add(list);
        }
    }

    /** Ends the paragraph or list item being written, if it has any text. */
    private void endBlock() {
        if (current != null && !current.isEmpty()) {
            if (current instanceof ListItem item && !lists.isEmpty()) {
                lists.peek().add(item);
            } else {
                elements.add(current);
            }
        }
        current = null;
        atLineStart = true;
    }
}
