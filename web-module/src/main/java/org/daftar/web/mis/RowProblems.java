package org.daftar.web.mis;

import org.daftar.mis.onboarding.RowCheck.Checked;
import org.daftar.mis.onboarding.RowCheck.Problem;
import org.daftar.web.i18n.Messages;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * Says an import row's problems in the reader's language. The shapes of codes and names are those
 * of the administrator's forms, so their messages come from the Bean Validation bundle the forms use.
 */
public final class RowProblems {

    private RowProblems() {
    }

    /** "login: Login ID: 3 to 40 small letters…; mobile: …". */
    public static String describe(Checked row, Locale locale) {
        return row.problems().stream().map(p -> describe(p, locale)).collect(Collectors.joining("; "));
    }

    public static String describe(Problem p, Locale locale) {
        return p.column().header() + ": " + text(locale, p.key(), p.args().toArray());
    }

    /** A message of the page bundle, or else of the validation bundle. */
    public static String text(Locale locale, String key, Object... args) {
        String text = Messages.text(locale, key, args);
        if (!text.equals(key)) {
            return text;
        }
        try {
            return ResourceBundle.getBundle("ValidationMessages", locale).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
