package vn.edoc.cli;

import java.util.Locale;
import picocli.CommandLine.Option;

/** {@code --lang vi|en}: the language of the messages, Vietnamese unless English is asked for. */
final class LanguageOption {
    @Option(names = "--lang", description = "vi (default) or en", defaultValue = "vi")
    private Language language;

    Locale locale() {
        return language.locale;
    }
}
