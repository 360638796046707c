package vn.edoc.cli;

import java.util.Locale;
import vn.edoc.client.EdocClientException;

/** How a refusal of the axis is printed: the code, the message in the chosen language, and the path. */
final class Refusals {
    private Refusals() {}

    static String describe(EdocClientException refusal, Locale locale) {
        String message = "vi".equals(locale.getLanguage())
                ? refusal.messageVi()
                : refusal.detail().getMessageEn();
        return "refused " + refusal.code() + ": " + message
                + (refusal.path() == null ? "" : " [" + refusal.path() + "]");
    }
}
