package vn.edoc.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.edoc.error.EdocException;
import vn.edoc.error.ErrorCode;
import vn.edoc.signature.SigningKey;
import vn.edoc.signing.control.LeaderVault;
import vn.edoc.signing.entity.PinState;

/**
 * The vault opens a leader's key with the PIN only and records their office; the PIN counter locks after the allowed
 * wrong tries, for a while.
 */
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
    void theVaultRecordsTheOfficeEachLeaderSignsFor() {
        assertThat(vault.officeOf("nguyen-van-mau")).contains("000.00.00.H21");
        assertThat(vault.officeOf("le-van-hung")).contains("000.00.41.H21");
        assertThat(vault.officeOf("khong-co")).isEmpty();
        assertThat(vault.officeOf("../offices/000.00.00.H21")).isEmpty();
    }

    @Test
    void thePinCounterLocksAtTheLimitAndARightPinResetsItBefore() {
        PinState state = new PinState("le-van-hung", "it-dms");
        Instant now = Instant.parse("2026-11-27T02:00:00Z");
        Duration lock = Duration.ofMinutes(30);

        assertThat(state.failed(3, now, lock)).isEqualTo(2);
        state.succeeded(now);
        assertThat(state.failed(3, now, lock)).isEqualTo(2);
        assertThat(state.failed(3, now, lock)).isEqualTo(1);
        assertThat(state.isLockedAt(now)).isFalse();
        assertThat(state.failed(3, now, lock)).isZero();
        assertThat(state.isLockedAt(now)).isTrue();
        state.succeeded(now);
        assertThat(state.isLockedAt(now.plusSeconds(60)))
                .as("a right PIN does not lift a lock")
                .isTrue();
    }

    @Test
    void aLockEndsByItselfAndTheCountStartsAgain() {
        PinState state = new PinState("le-van-hung", "it-dms");
        Instant now = Instant.parse("2026-11-27T02:00:00Z");
        Duration lock = Duration.ofMinutes(30);
        for (int i = 0; i < 3; i++) {
            state.failed(3, now, lock);
        }

        assertThat(state.lockedUntil()).contains(now.plus(lock));
        assertThat(state.isLockedAt(now.plus(lock).minusMillis(1))).isTrue();
        assertThat(state.isLockedAt(now.plus(lock))).isFalse();
        assertThat(state.failed(3, now.plus(lock), lock))
                .as("counted from one again")
                .isEqualTo(2);
        assertThat(state.isLockedAt(now.plus(lock))).isFalse();
    }
}
