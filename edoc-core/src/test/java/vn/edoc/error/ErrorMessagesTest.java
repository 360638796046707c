package vn.edoc.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class ErrorMessagesTest {
    @Test
    void everyCodeHasAVietnameseAndAnEnglishMessage() {
        ResourceBundle english = ResourceBundle.getBundle("vn.edoc.error.messages", Locale.ROOT);
        ResourceBundle vietnamese = ResourceBundle.getBundle("vn.edoc.error.messages", ErrorMessages.VIETNAMESE);
        for (ErrorCode code : ErrorCode.values()) {
            assertThat(english.getString(code.name())).as(code.name()).isNotBlank();
            assertThat(vietnamese.getString(code.name())).as(code.name()).isNotEqualTo(english.getString(code.name()));
        }
    }

    @Test
    void fillsTheDetailsInBothLanguages() {
        EdocException e = new EdocException(ErrorCode.RECIPIENT_UNKNOWN, "/To", "000.00.99.H21");

        assertThat(e.message(ErrorMessages.VIETNAMESE))
                .isEqualTo("Không có cơ quan đang hoạt động nào trong danh bạ có mã định danh 000.00.99.H21.");
        assertThat(e.message(Locale.ENGLISH))
                .isEqualTo("No active office of the directory has the code 000.00.99.H21.");
        assertThat(e.getMessage()).isEqualTo(e.message(Locale.ENGLISH));
    }
}
