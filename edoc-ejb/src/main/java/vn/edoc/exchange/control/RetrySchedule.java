package vn.edoc.exchange.control;

import java.time.Duration;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * When a failed push is tried again: exponential backoff from {@code firstDelay}, doubling after each failure up to
 * {@code maxDelay}, each delay shortened by a random part of up to {@code jitter} (0 to 1) so that the copies of a
 * recipient that was down do not all come back in the same second; after {@code attempts} tries in all, none.
 */
public record RetrySchedule(int attempts, Duration firstDelay, Duration maxDelay, double jitter) {
    public RetrySchedule {
        if (attempts < 1) {
            throw new IllegalArgumentException("a push is tried at least once: attempts = " + attempts);
        }
        if (firstDelay.isNegative() || firstDelay.isZero() || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("need 0 < first delay <= max delay: " + firstDelay + ", " + maxDelay);
        }
        if (jitter < 0 || jitter > 1) {
            throw new IllegalArgumentException("jitter is a fraction from 0 to 1: " + jitter);
        }
    }

    /**
     * The wait before the next try, after the {@code failed}-th try failed; empty when that was the last one.
     *
     * @param random a value in [0, 1) drawn for this delay
     */
    public Optional<Duration> delayAfter(int failed, DoubleSupplier random) {
        if (failed >= attempts) {
            return Optional.empty();
        }
        long firstMillis = firstDelay.toMillis();
        long maxMillis = maxDelay.toMillis();
        // the doubling stops at the cap before it can overflow
        long backoff = firstMillis;
        for (int i = 1; i < failed && backoff < maxMillis; i++) {
            backoff = Math.min(maxMillis, backoff * 2);
        }
        long jittered = Math.round(backoff * (1 - jitter * random.getAsDouble()));
        return Optional.of(Duration.ofMillis(Math.max(1, jittered)));
    }
}
