package org.daftar.document;

import org.owasp.html.Encoding;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.HtmlSanitizer;
import org.owasp.html.HtmlStreamEventReceiver;
import org.owasp.html.PolicyFactory;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The limited rich text of notes and letters: paragraphs, line breaks, bold, italic, underline
 * and lists, nothing else. Everything a user types passes through here before it is stored,
 * shown, searched or exported, so a note can never carry script, styles, links or images.
 *
 * <p>Parsing and the allow-list are the OWASP Java HTML Sanitizer's. Its own renderer is not used
 * for output: it writes emoji as numeric references and (seen with 20240325.1) drops a ZWNJ
 * before a vowel sign, which would change the Hindi a user wrote. The sanitizer's event stream
 * carries the text exactly, so the few allowed tags (never with attributes) are written here.
 *
 * <p>All methods are stateless and thread-safe.
 */
public final class RichText {

    /** The elements a note may contain; none may have attributes. */
    static final Set<String> ALLOWED = Set.of("p", "br", "b", "strong", "i", "em", "u", "ul", "ol", "li");

    private static final PolicyFactory POLICY =
            new HtmlPolicyBuilder().allowElements(ALLOWED.toArray(String[]::new)).toFactory();
    private static final Set<String> BLOCKS = Set.of("p", "br", "ul", "ol", "li");
    private static final Pattern BLANK_LINE = Pattern.compile("\\R[ \\t]*\\R\\s*");
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");

    private RichText() {
    }

    /**
     * Makes user-supplied HTML safe to store and to show with {@code escape="false"}: only the
     * allowed elements survive, without attributes; the text of removed elements is kept
     * (except inside script and style), and every character of it is kept exactly.
     *
     * @return the safe HTML, {@code ""} for {@code null}
     */
    public static String sanitize(String html) {
        StringBuilder out = new StringBuilder(html == null ? 0 : html.length());
        walk(html, new Writer(out));
        return out.toString();
    }

    /**
     * The words of a note without markup, for the search index and the audit trail: entities
     * decoded, block elements (paragraphs, list items, line breaks) turned into line ends,
     * spaces collapsed.
     */
    public static String plain(String html) {
        StringBuilder out = new StringBuilder(html == null ? 0 : html.length());
        walk(html, new TextCollector(out));
        return out.toString().strip();
    }

    /**
     * Neutralises a cell that a spreadsheet would run as a formula ("CSV injection"): a value
     * starting with {@code = + - @}, tab or carriage return gets a leading {@code '}, which
     * Excel and LibreOffice hide. Plain numbers such as {@code -250} or {@code +5.5} are left
     * alone, since they cannot be formulas and exports of amounts must stay numeric.
     * Quoting for the CSV syntax itself is the CSV writer's job.
     *
     * @return the safe cell, {@code ""} for {@code null}
     */
    public static String csvSafe(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        boolean dangerous = "=+-@\t\r".indexOf(cell.charAt(0)) >= 0;
        return dangerous && !isPlainNumber(cell) ? "'" + cell : cell;
    }

    private static boolean isPlainNumber(String cell) {
        return cell.matches("[+-]?[0-9]+(\\.[0-9]+)?");
    }

    /**
     * Feeds the allowed structure and the decoded text of {@code html} to {@code receiver}, so
     * that other renderings (a PDF) see exactly what {@link #sanitize} lets through.
     */
    static void walk(String html, HtmlStreamEventReceiver receiver) {
        HtmlSanitizer.sanitize(html == null ? "" : html, POLICY.apply(receiver));
    }

    /**
     * Like {@link #walk} but also accepts plain text (a note typed without the editor): text
     * that has neither an allowed tag nor a character reference is taken literally, a blank
     * line starting a new paragraph and a single line end becoming a line break.
     */
    static void walkHtmlOrText(String htmlOrText, HtmlStreamEventReceiver receiver) {
        if (htmlOrText == null || isMarkup(htmlOrText)) {
            walk(htmlOrText, receiver);
            return;
        }
        receiver.openDocument();
        for (String paragraph : BLANK_LINE.split(htmlOrText.strip())) {
            receiver.openTag("p", List.of());
            String[] lines = LINE_BREAK.split(paragraph);
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    receiver.openTag("br", List.of());
                }
                receiver.text(lines[i]);
            }
            receiver.closeTag("p");
        }
        receiver.closeDocument();
    }

    /** Whether the text is (sanitized) HTML rather than plain text with line ends. */
    static boolean isMarkup(String text) {
        boolean[] tagSeen = {false};
        walk(text, new Receiver() {
            @Override
            public void openTag(String element, List<String> attrs) {
                tagSeen[0] = true;
            }
        });
        return tagSeen[0] || !Encoding.decodeHtml(text).equals(text);
    }

    /** A receiver that ignores what it is not told to handle. */
    abstract static class Receiver implements HtmlStreamEventReceiver {
        @Override
        public void openDocument() {
        }

        @Override
        public void closeDocument() {
        }

        @Override
        public void openTag(String element, List<String> attrs) {
        }

        @Override
        public void closeTag(String element) {
        }

        @Override
        public void text(String text) {
        }
    }

    /** Writes the allowed elements as HTML, escaping only what HTML text requires. */
    private static final class Writer extends Receiver {
        private final StringBuilder out;

        Writer(StringBuilder out) {
            this.out = out;
        }

        @Override
        public void openTag(String element, List<String> attrs) {
            out.append('<').append(element).append(element.equals("br") ? " />" : ">");
        }

        @Override
        public void closeTag(String element) {
            if (!element.equals("br")) {
                out.append("</").append(element).append('>');
            }
        }

        @Override
        public void text(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '&' -> out.append("&amp;");
                    case '<' -> out.append("&lt;");
                    case '>' -> out.append("&gt;");
                    case '"' -> out.append("&#34;");
                    case '\'' -> out.append("&#39;");
                    default -> out.append(c);
                }
            }
        }
    }

    /** Collects the text, one line per block. */
    private static final class TextCollector extends Receiver {
        private static final Pattern SPACES = Pattern.compile("[ \\t\\r\\n\\f]+");
        private final StringBuilder out;

        TextCollector(StringBuilder out) {
            this.out = out;
        }

        @Override
        public void openTag(String element, List<String> attrs) {
            lineEnd(element);
        }

        @Override
        public void closeTag(String element) {
            lineEnd(element);
        }

        @Override
        public void text(String text) {
            String words = SPACES.matcher(text).replaceAll(" ");
            if (atLineStart()) {
                words = words.stripLeading();
            }
            out.append(words);
        }

        private void lineEnd(String element) {
            if (BLOCKS.contains(element)) {
                while (!out.isEmpty() && out.charAt(out.length() - 1) == ' ') {
                    out.setLength(out.length() - 1);
                }
                if (!atLineStart()) {
                    out.append('\n');
                }
            }
        }

        private boolean atLineStart() {
            return out.isEmpty() || out.charAt(out.length() - 1) == '\n';
        }
    }
}
