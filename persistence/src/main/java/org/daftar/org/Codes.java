package org.daftar.org;

import java.util.Locale;

/** Short codes of departments, sections and posts appear in file numbers and the API: upper case, no spaces. */
public final class Codes {
    public static final String PATTERN = "^[A-Z][A-Z0-9-]{0,11}$";

    private Codes() {
    }

    public static String normalise(String code) {
        return code == null ? null : asciiDigits(code.strip()).toUpperCase(Locale.ROOT);
    }

    /** Devanagari digits (०–९), as typed on a Hindi keyboard, become 0–9: numbers and codes are stored in one form. */
    public static String asciiDigits(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(s.length());
        s.chars().forEach(c -> b.append(c >= '\u0966' && c <= '\u096F' ? (char) ('0' + c - '\u0966') : (char) c));
        return b.toString();
    }
}
