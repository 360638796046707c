package vn.edoc.exchange.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.edoc.error.ErrorCode;
import vn.edoc.error.Problem;

/** A warning kept with a packet reads back as the warning the reader gave, its message in both languages. */
class ForgivenFieldTest {
    @Test
    void aKeptWarningReadsBackWithItsMessage() {
        Problem given = Problem.warning(
                ErrorCode.DATE_INVALID,
                "/edXML/a/PromulgationDate",
                29,
                11,
                "2020/10/30",
                "PromulgationDate",
                "30/10/2020");

        Problem kept = ForgivenField.of(given).warning();

        assertThat(kept).isEqualTo(given);
        assertThat(kept.message(Locale.forLanguageTag("vi"))).isEqualTo(given.message(Locale.forLanguageTag("vi")));
    }

    @Test
    void aLongValueIsCutToWhatTheColumnsHoldAndTheSeparatorCannotBeSmuggledIn() {
        String huge = "x".repeat(5000) + "\u001fy";
        Problem given =
                Problem.warning(ErrorCode.VALUE_NOT_ALLOWED, "/p", 1, 1, "r".repeat(3000), "Priority", huge, "0");

        Problem kept = ForgivenField.of(given).warning();

        assertThat(kept.arguments()).hasSize(3);
        assertThat((String) kept.arguments()[1]).hasSizeLessThanOrEqualTo(200);
        assertThat(kept.normalised()).hasSizeLessThanOrEqualTo(1000);
        assertThat(kept.message(Locale.ENGLISH)).doesNotContain("{");
    }

    @Test
    void aWarningWithoutValuesKeepsNone() {
        Problem given = Problem.warning(ErrorCode.FIELD_REQUIRED, "/p/FullName", 3, 4, null, "FullName");

        assertThat(ForgivenField.of(given).warning()).isEqualTo(given);
    }
}
