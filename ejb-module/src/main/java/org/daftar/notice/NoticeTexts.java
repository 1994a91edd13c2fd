package org.daftar.notice;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words of a notification, from its message key and arguments, in the mail bundles
 * ({@code org/daftar/notice/mail(_hi).properties}): the subject is also the line on the bell's page.
 */
public final class NoticeTexts {

    private static final String BUNDLE = "org.daftar.notice.mail";
    /** English is the base bundle: never fall back to the server's own locale instead. */
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private NoticeTexts() {
    }

    public static String subject(String key, List<String> args, Locale locale) {
        return text(key, ".subject", args, locale);
    }

    public static String body(String key, List<String> args, Locale locale) {
        return text(key, ".body", args, locale);
    }

    private static String text(String key, String part, List<String> args, Locale locale) {
        try {
            return new MessageFormat(ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK).getString(key + part), locale).format(args.toArray());
        } catch (MissingResourceException e) {
            // a notification written by a newer version that this one cannot word: show what it is
            return key + " " + String.join(" ", args);
        }
    }
}
