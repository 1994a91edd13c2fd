package org.daftar.org;

import java.text.Normalizer;

/**
 * Text typed by people: Devanagari may arrive decomposed (फ़ as फ + nukta) from one keyboard and
 * precomposed from another; we store NFC so that equal names compare equal.
 */
public final class Text {
    private Text() {
    }

    public static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = Normalizer.normalize(s.strip(), Normalizer.Form.NFC);
        return t.isEmpty() ? null : t;
    }
}
