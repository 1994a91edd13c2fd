package org.daftar.document;

import java.text.BreakIterator;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The gate every uploaded document passes before it is stored. It trusts neither the name nor
 * the browser's MIME type: the leading bytes decide what the file is, and a name that claims
 * something else (an {@code .exe} renamed {@code .pdf}, or a PDF named {@code .png}) is refused,
 * because a mismatch is either a mistake the user should see or a disguise.
 *
 * <p>Rejections are {@link UploadRejected} exceptions carrying message keys, so the caller can
 * translate them. Pure Java with no state: safe to call from any thread.
 */
public final class UploadCheck {

    /** The largest upload accepted: 20 MB, enough for a long scanned file at office quality. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    /** How many leading bytes the caller should pass so that every signature can be seen. */
    public static final int HEAD_BYTES = 16;

    /** Longest display name kept, in code points; long enough for a Hindi subject line. */
    public static final int MAX_NAME_LENGTH = 120;

    /** Characters Windows refuses in file names, plus full-width slashes that NFKC turns into real ones. */
    private static final String RESERVED = "<>:\"|?*\uFF0F\uFF3C\u2215\u29F8";
    private static final char ZWNJ = '\u200C';
    private static final char ZWJ = '\u200D';
    private static final Pattern SPACES = Pattern.compile(" {2,}");
    /** Only a short Latin suffix with a letter counts as an extension, not "order dt. 5.3.2024". */
    private static final Pattern EXTENSION = Pattern.compile("(?=.*[A-Za-z])[A-Za-z0-9]{1,5}");

    private UploadCheck() {
    }

    /**
     * Decides whether an upload may be stored and as what.
     *
     * @param originalName the name the browser sent (may contain directories or worse)
     * @param size         the full size in bytes
     * @param head         the first bytes of the content, at least {@link #HEAD_BYTES} when the file has them
     * @return the type the content really is
     * @throws UploadRejected with key {@code upload.empty}, {@code upload.tooLarge}, {@code upload.name},
     *                        {@code upload.type} or {@code upload.mismatch}
     */
    public static DocumentType check(String originalName, long size, byte[] head) {
        if (size <= 0 || head == null || head.length == 0) {
            throw new UploadRejected(UploadRejected.EMPTY);
        }
        if (size > MAX_BYTES) {
            throw new UploadRejected(UploadRejected.TOO_LARGE);
        }
        String name = safeName(originalName);
        DocumentType type = DocumentType.sniff(head)
                .orElseThrow(() -> new UploadRejected(UploadRejected.TYPE));
        if (extensionOf(name).filter(ext -> !type.isUsualExtension(ext)).isPresent()) {
            throw new UploadRejected(UploadRejected.MISMATCH);
        }
        return type;
    }

    /**
     * Reduces a sender-chosen file name to one that is safe to show and to offer for download:
     * directories ({@code ../}, {@code C:\...}) are dropped, control and bidi-override characters
     * (which can make {@code exe.pdf} look like {@code pdf.exe}) removed, characters Windows
     * forbids replaced by {@code _}, spaces collapsed, and the length cut to
     * {@value #MAX_NAME_LENGTH} code points at a character boundary, keeping the extension.
     * Hindi names survive, including the ZWJ/ZWNJ that choose a conjunct's shape.
     *
     * @throws UploadRejected with key {@code upload.name} when no letter or digit remains
     */
    public static String safeName(String original) {
        if (original == null) {
            throw new UploadRejected(UploadRejected.NAME);
        }
        String lastPart = original.substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1);
        String name = trimSpacesAndDots(SPACES.matcher(cleanCharacters(lastPart)).replaceAll(" "));
        if (name.codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw new UploadRejected(UploadRejected.NAME);
        }
        return shorten(name);
    }

    private static String cleanCharacters(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                out.append(' ');
            } else if (RESERVED.indexOf(cp) >= 0) {
                out.append('_');
            } else if (isPrintable(cp)) {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    private static boolean isPrintable(int cp) {
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED,
                    Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> false;
            case Character.FORMAT -> cp == ZWJ || cp == ZWNJ;
            default -> true;
        };
    }

    private static String trimSpacesAndDots(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && (s.charAt(start) == ' ' || s.charAt(start) == '.')) {
            start++;
        }
        while (end > start && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '.')) {
            end--;
        }
        return s.substring(start, end);
    }

    private static String shorten(String name) {
        if (name.codePointCount(0, name.length()) <= MAX_NAME_LENGTH) {
            return name;
        }
        Optional<String> ext = extensionOf(name);
        String suffix = ext.map(e -> "." + e).orElse("");
        String stem = name.substring(0, name.length() - suffix.length());
        return trimSpacesAndDots(cutAtCharacterBoundary(stem, MAX_NAME_LENGTH - suffix.length())) + suffix;
    }

    /** Cuts to at most {@code maxCodePoints} without separating a vowel sign from its consonant. */
    private static String cutAtCharacterBoundary(String s, int maxCodePoints) {
        int end = s.offsetByCodePoints(0, Math.min(maxCodePoints, s.codePointCount(0, s.length())));
        BreakIterator characters = BreakIterator.getCharacterInstance();
        characters.setText(s);
        return s.substring(0, characters.isBoundary(end) ? end : characters.preceding(end));
    }

    /** The extension of an already safe name, if it has something that looks like one. */
    static Optional<String> extensionOf(String safeName) {
        int dot = safeName.lastIndexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        String ext = safeName.substring(dot + 1);
        return EXTENSION.matcher(ext).matches() ? Optional.of(ext) : Optional.empty();
    }
}
