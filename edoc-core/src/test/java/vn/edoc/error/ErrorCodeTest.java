package vn.edoc.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ErrorCodeTest {
    @Test
    void onlyTheAxisOwnFailuresAreServerSide() {
        assertThat(Arrays.stream(ErrorCode.values()).filter(ErrorCode::isServerSide))
                .containsExactlyInAnyOrder(
                        ErrorCode.INTERNAL_ERROR,
                        ErrorCode.TRUST_NOT_CONFIGURED,
                        ErrorCode.RECEIPTS_NOT_CONFIGURED,
                        ErrorCode.SIGNING_NOT_CONFIGURED,
                        ErrorCode.SECRETS_NOT_CONFIGURED);
        assertThat(ErrorCode.PACKET_INVALID.isServerSide()).isFalse();
    }
}
