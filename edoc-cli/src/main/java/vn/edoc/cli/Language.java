package vn.edoc.cli;

import java.util.Locale;

/** The language of messages: Vietnamese first, English second. */
enum Language {
    vi(Locale.forLanguageTag("vi")),
    en(Locale.ENGLISH);

    final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }
}
