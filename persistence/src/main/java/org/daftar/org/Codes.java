package org.daftar.org;

import java.util.Locale;

/** Short codes of departments, sections and posts appear in file numbers and the API: upper case, no spaces. */
public final class Codes {
    public static final String PATTERN = "^[A-Z][A-Z0-9-]{0,11}$";

    private Codes() {
    }

    public static String normalise(String code) {
        return code == null ? null : code.strip().toUpperCase(Locale.ROOT);
    }
}
