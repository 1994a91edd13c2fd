package org.daftar.jandarshan;

import org.daftar.org.Codes;
import org.daftar.platform.BusinessException;

import java.util.regex.Pattern;

/**
 * A citizen's mobile number as it is stored: ten ASCII digits, the first 6–9 (Indian mobile
 * numbers). What the counter types is accepted in the usual forms — Devanagari digits, spaces,
 * hyphens, dots or brackets between digits, a {@code +91}, {@code 91} or {@code 0} in front —
 * and anything else is refused with a message, never stored half-right.
 */
public final class Mobile {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-.()\\u00A0]");
    private static final Pattern TEN_DIGITS = Pattern.compile("[6-9][0-9]{9}");

    private Mobile() {
    }

    /** The ten digits of {@code typed}; {@code jandarshan.mobile.required} or {@code jandarshan.mobile.invalid} otherwise. */
    public static String normalise(String typed) {
        String s = typed == null ? "" : SEPARATORS.matcher(Codes.asciiDigits(typed)).replaceAll("");
        if (s.isEmpty()) {
            throw new BusinessException("jandarshan.mobile.required");
        }
        if (s.startsWith("+91")) {
            s = s.substring(3);
        } else if (s.length() == 12 && s.startsWith("91")) {
            s = s.substring(2);
        } else if (s.length() == 11 && s.startsWith("0")) {
            s = s.substring(1);
        }
        if (!TEN_DIGITS.matcher(s).matches()) {
            throw new BusinessException("jandarshan.mobile.invalid");
        }
        return s;
    }
}
