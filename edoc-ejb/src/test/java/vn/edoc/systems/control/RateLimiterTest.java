package vn.edoc.systems.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RateLimiterTest {
    @Test
    void letsAMinutesCallsThroughThenSaysHowLongToWait() {
        RateLimiter limiter = new RateLimiter();

        for (int call = 0; call < 3; call++) {
            assertThat(limiter.secondsToWait("dms-a", 3)).isZero();
        }
        // one call comes back every 20 seconds
        assertThat(limiter.secondsToWait("dms-a", 3)).isBetween(1L, 21L);
        assertThat(limiter.secondsToWait("dms-b", 3))
                .as("each system has its own bucket")
                .isZero();
    }

    @Test
    void startsAFreshBucketWhenTheRateChanges() {
        RateLimiter limiter = new RateLimiter();
        limiter.secondsToWait("dms-a", 1);
        assertThat(limiter.secondsToWait("dms-a", 1)).isPositive();

        assertThat(limiter.secondsToWait("dms-a", 100)).isZero();
    }
}
