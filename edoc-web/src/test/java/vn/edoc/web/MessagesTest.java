package vn.edoc.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class MessagesTest {
    @Test
    void englishTranslatesEveryVietnameseText() {
        // No fallback to the JVM's default locale: each language must stand on its own file.
        ResourceBundle.Control own = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT);
        ResourceBundle vietnamese = ResourceBundle.getBundle("vn.edoc.web.messages", Locale.forLanguageTag("vi"), own);
        ResourceBundle english = ResourceBundle.getBundle("vn.edoc.web.messages", Locale.ENGLISH, own);

        assertThat(vietnamese.getString("app.title")).contains("Trục liên thông");

        assertThat(english.keySet()).containsExactlyInAnyOrderElementsOf(vietnamese.keySet());
        for (String key : vietnamese.keySet()) {
            assertThat(english.getString(key)).as(key).isNotEqualTo(vietnamese.getString(key));
        }
    }
}
