package org.daftar.efile;

import org.daftar.org.Text;
import org.daftar.platform.BusinessException;

/**
 * Checks typed text before it reaches a column: trimmed, NFC, control characters other than line
 * breaks and tabs removed, and a length the column can hold — a 100 KB subject is refused with a
 * message that says the limit, instead of failing in the database.
 */
public final class Inputs {

    private Inputs() {
    }

    public static String requiredText(String value, int max, String field) {
        String t = optionalText(value, max, field);
        if (t == null) {
            throw new BusinessException(field + ".required");
        }
        return t;
    }

    public static String optionalText(String value, int max, String field) {
        if (value == null) {
            return null;
        }
        String t = Text.clean(value.replaceAll("[\\p{Cntrl}\\u0080-\\u009F&&[^\\n\\r\\t]]", ""));
        if (t != null && t.length() > max) {
            throw new BusinessException("input.tooLong", field, max);
        }
        return t;
    }
}
