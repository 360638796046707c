package vn.edoc.web.admin;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;
import vn.edoc.error.ErrorMessages;

/** The language of an answer: English when the caller prefers it, Vietnamese otherwise. */
final class Languages {
    private Languages() {}

    static Locale of(HttpHeaders headers) {
        return headers.getAcceptableLanguages().stream()
                .map(Locale::getLanguage)
                .filter(l -> l.equals("vi") || l.equals("en"))
                .findFirst()
                .map(Locale::forLanguageTag)
                .orElse(ErrorMessages.VIETNAMESE);
    }
}
