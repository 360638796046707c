package vn.edoc.error;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The readable text of each error code, in Vietnamese (first) and English. */
public final class ErrorMessages {
    /** The language of the product. */
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private static final String BUNDLE = "vn.edoc.error.messages";

    private ErrorMessages() {}

    /** The message of {@code code} in {@code locale}, with its placeholders filled. */
    public static String format(ErrorCode code, Locale locale, Object... arguments) {
        // The root bundle is English: a locale without its own file must not fall back to the JVM's default one.
        ResourceBundle bundle = ResourceBundle.getBundle(
                BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        MessageFormat format = new MessageFormat(bundle.getString(code.name()), locale);
        return format.format(arguments);
    }
}
