package org.daftar.document;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of document Daftar accepts as uploads. The list is deliberately short: scanned
 * dak and signed letters arrive as PDF or photographs, and every extra format is another parser
 * an attacker can aim at.
 *
 * <p>The type of an upload is decided by its leading "magic" bytes, never by its name or by the
 * MIME type the browser claims, because both are chosen by the sender.
 */
public enum DocumentType {

    PDF("application/pdf", "pdf", Set.of("pdf"), new byte[] {'%', 'P', 'D', 'F', '-'}),
    JPEG("image/jpeg", "jpg", Set.of("jpg", "jpeg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", "png", Set.of("png"),
            new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});

    private final String mimeType;
    private final String extension;
    private final Set<String> extensions;
    private final byte[] magic;

    DocumentType(String mimeType, String extension, Set<String> extensions, byte[] magic) {
        this.mimeType = mimeType;
        this.extension = extension;
        this.extensions = extensions;
        this.magic = magic;
    }

    /** The MIME type to serve the stored bytes with (never the one the browser sent). */
    public String mimeType() {
        return mimeType;
    }

    /** The extension, without dot, to give the file when it is downloaded. */
    public String extension() {
        return extension;
    }

    /**
     * Whether a file name extension (without dot, any case) is a usual one for this type, so that
     * {@code scan.JPEG} is not mistaken for a disguised file.
     */
    public boolean isUsualExtension(String ext) {
        return ext != null && extensions.contains(ext.toLowerCase(Locale.ROOT));
    }

    /** The type whose signature the content starts with, if it is one of the accepted ones. */
    public static Optional<DocumentType> sniff(byte[] head) {
        if (head == null) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(t -> t.startsOf(head)).findFirst();
    }

    private boolean startsOf(byte[] head) {
        return head.length >= magic.length
                && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }
}
