package org.daftar.document;

/**
 * An upload that may not be stored. It carries a message key rather than text so that the
 * web layer can tell the user why in Hindi or English from its resource bundles.
 */
public class UploadRejected extends RuntimeException {

    /** Nothing was uploaded (zero bytes). */
    public static final String EMPTY = "upload.empty";
    /** Larger than {@link UploadCheck#MAX_BYTES}. */
    public static final String TOO_LARGE = "upload.tooLarge";
    /** The content is not one of the accepted {@link DocumentType}s. */
    public static final String TYPE = "upload.type";
    /** The name's extension says one type, the content another. */
    public static final String MISMATCH = "upload.mismatch";
    /** Nothing usable remains of the file name once it is made safe. */
    public static final String NAME = "upload.name";

    private static final long serialVersionUID = 1L;

    private final String key;

    public UploadRejected(String key) {
        super(key);
        this.key = key;
    }

    /** The message key, e.g. {@value #TOO_LARGE}, to look up in the user's language. */
    public String key() {
        return key;
    }
}
