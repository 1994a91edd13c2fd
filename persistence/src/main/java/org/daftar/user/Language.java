package org.daftar.user;

import java.util.Locale;

public enum Language {
    HI(Locale.forLanguageTag("hi-IN")), EN(Locale.forLanguageTag("en-IN"));

    private final Locale locale;

    Language(Locale locale) { this.locale = locale; }

    public Locale locale() { return locale; }

    public static Language of(Locale locale) {
        return locale != null && "hi".equals(locale.getLanguage()) ? HI : EN;
    }
}
