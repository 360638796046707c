package vn.edoc.desk.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginFailureTest {
    private static final Instant NOW = Instant.parse("2026-12-04T09:00:00Z");
    private static final Duration FIRST = Duration.ofSeconds(60);
    private static final Duration LONGEST = Duration.ofSeconds(900);

    @Test
    void failuresBelowTheThresholdLockNothing() {
        LoginFailure failure = new LoginFailure(LoginFailure.Kind.ACCOUNT, "vanthu.tinh");
        for (int i = 0; i < 4; i++) {
            assertThat(failure.failed(NOW, 5, FIRST, LONGEST)).isFalse();
        }
        assertThat(failure.isLockedAt(NOW)).isFalse();
        assertThat(failure.failures()).isEqualTo(4);
    }

    @Test
    void eachFailureFromTheThresholdOnLocksTwiceAsLongUpToTheLongest() {
        LoginFailure failure = new LoginFailure(LoginFailure.Kind.ADDRESS, "10.0.0.7");
        for (int i = 0; i < 4; i++) {
            failure.failed(NOW, 5, FIRST, LONGEST);
        }

        assertThat(failure.failed(NOW, 5, FIRST, LONGEST)).isTrue();
        assertThat(failure.lockedUntil()).contains(NOW.plus(FIRST));
        assertThat(failure.isLockedAt(NOW.plusSeconds(59))).isTrue();
        assertThat(failure.isLockedAt(NOW.plusSeconds(60)))
                .as("a lock ends by itself")
                .isFalse();

        Instant later = NOW.plusSeconds(60);
        failure.failed(later, 5, FIRST, LONGEST);
        assertThat(failure.lockedUntil()).contains(later.plusSeconds(120));
        failure.failed(later, 5, FIRST, LONGEST);
        assertThat(failure.lockedUntil()).contains(later.plusSeconds(240));
        for (int i = 0; i < 10; i++) {
            failure.failed(later, 5, FIRST, LONGEST);
        }
        assertThat(failure.lockedUntil()).contains(later.plus(LONGEST));
    }
}
