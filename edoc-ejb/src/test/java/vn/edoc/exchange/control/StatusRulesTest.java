package vn.edoc.exchange.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.edoc.edxml.model.StatusCode;
import vn.edoc.error.ErrorCode;

class StatusRulesTest {
    private static final StatusCode NONE = null;

    @ParameterizedTest(name = "{0} then {1}: {2}")
    @CsvSource({
        // current, next, allowed
        "NONE, 01, true",
        "NONE, 03, true",
        "NONE, 02, true",
        "01, 01, false",
        "01, 02, true",
        "01, 03, true",
        "NONE, 04, false",
        "NONE, 05, false",
        "NONE, 06, false",
        "01, 06, false",
        "03, 02, false",
        "03, 03, false",
        "03, 04, true",
        "03, 05, true",
        "03, 06, true",
        "04, 05, true",
        "04, 06, true",
        "05, 04, false",
        "05, 06, true",
        "06, 05, false",
        "06, 02, false",
        "02, 03, false",
        "02, 01, false",
    })
    void progressMovesForwardOnly(String current, String next, boolean allowed) {
        Optional<ErrorCode> refusal = StatusRules.refusal(code(current), false, false, code(next));

        assertThat(refusal.isEmpty()).isEqualTo(allowed);
        refusal.ifPresent(r -> assertThat(r).isEqualTo(ErrorCode.STATUS_TRANSITION_ILLEGAL));
    }

    @Test
    void answersOnlyFollowAChangeThatWaitsForThem() {
        for (StatusCode answer : List.of(StatusCode.CHANGE_ACCEPTED, StatusCode.CHANGE_REFUSED)) {
            assertThat(StatusRules.refusal(StatusCode.REGISTERED, false, false, answer))
                    .contains(ErrorCode.STATUS_TRANSITION_ILLEGAL);
            assertThat(StatusRules.refusal(StatusCode.REGISTERED, true, false, answer))
                    .isEmpty();
        }
        assertThat(StatusRules.refusal(StatusCode.PROCESSING, false, false, StatusCode.RECALL_REQUESTED))
                .isEmpty();
        assertThat(StatusRules.refusal(StatusCode.PROCESSING, true, false, StatusCode.RECALL_REQUESTED))
                .as("one change at a time")
                .contains(ErrorCode.STATUS_TRANSITION_ILLEGAL);
        assertThat(StatusRules.refusal(StatusCode.DONE, false, false, StatusCode.RECALL_REQUESTED))
                .as("nothing to recall once done")
                .contains(ErrorCode.STATUS_TRANSITION_ILLEGAL);
    }

    @Test
    void aWithdrawnCopyTakesNoStatus() {
        List<StatusCode> accepted = new ArrayList<>();
        for (StatusCode next : EnumSet.allOf(StatusCode.class)) {
            if (StatusRules.refusal(StatusCode.REGISTERED, true, true, next).isEmpty()) {
                accepted.add(next);
            }
        }
        assertThat(accepted).isEmpty();
    }

    private static StatusCode code(String text) {
        return text.equals("NONE") ? null : StatusCode.ofCode(text).orElseThrow();
    }
}
