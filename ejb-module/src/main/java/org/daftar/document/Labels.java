package org.daftar.document;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The fixed texts of Daftar's bilingual documents — letters, minutes, acknowledgement slips — from
 * {@code org/daftar/document/labels(_hi).properties}, so that, like every text a user sees, they
 * live in bundles in both languages. Documents print them Hindi first: {@code "दिनांक / Date"}.
 */
public final class Labels {

    private static final ResourceBundle.Control EXACT = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final ResourceBundle EN = ResourceBundle.getBundle("org.daftar.document.labels", Locale.ROOT, EXACT);
    private static final ResourceBundle HI = ResourceBundle.getBundle("org.daftar.document.labels", Locale.forLanguageTag("hi"), EXACT);

    private Labels() {
    }

    public static String hi(String key, Object... args) {
        return format(HI, key, args);
    }

    public static String en(String key, Object... args) {
        return format(EN, key, args);
    }

    /** {@code "हिन्दी / English"}. */
    public static String both(String key) {
        return hi(key) + " / " + en(key);
    }

    private static String format(ResourceBundle bundle, String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(args);
    }
}
