package vn.edoc.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.edoc.error.EdocException;
import vn.edoc.error.ErrorCode;
import vn.edoc.signature.SigningKey;
import vn.edoc.signing.control.LeaderVault;
import vn.edoc.signing.entity.PinState;

/** The vault opens a leader's key with the PIN only; the PIN counter locks after the allowed wrong tries. */
class LeaderVaultTest {
    private final LeaderVault vault = new LeaderVault(Path.of("..", "signing-keys-sample", "keys", "vault"));

    @Test
    void theRightPinOpensTheLeadersKey() throws Exception {
        SigningKey key = vault.open("nguyen-van-mau", "246810".toCharArray());

        assertThat(key.certificate().getSubjectX500Principal().getName()).contains("CN=Nguyễn Văn Mẫu");
    }

    @Test
    void aWrongPinDoesNot() {
        assertThatThrownBy(() -> vault.open("nguyen-van-mau", "000000".toCharArray()))
                .isInstanceOf(LeaderVault.WrongPin.class);
    }

    @Test
    void anUnknownOrMalformedLeaderIsNotLookedForOnDisk() {
        for (String id : new String[] {"khong-co", "../offices/000.00.00.H21", "Nguyen", ""}) {
            assertThat(vault.holds(id)).as(id).isFalse();
            assertThatThrownBy(() -> vault.open(id, "246810".toCharArray()))
                    .isInstanceOfSatisfying(
                            EdocException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.LEADER_UNKNOWN));
        }
    }

    @Test
    void thePinCounterLocksAtTheLimitAndARightPinResetsItBefore() {
        PinState state = new PinState("le-van-hung");
        Instant now = Instant.parse("2026-11-27T02:00:00Z");

        assertThat(state.failed(3, now)).isEqualTo(2);
        state.succeeded();
        assertThat(state.failed(3, now)).isEqualTo(2);
        assertThat(state.failed(3, now)).isEqualTo(1);
        assertThat(state.isLocked()).isFalse();
        assertThat(state.failed(3, now)).isZero();
        assertThat(state.isLocked()).isTrue();
        state.succeeded();
        assertThat(state.isLocked()).as("only an operator unlocks").isTrue();
    }
}
