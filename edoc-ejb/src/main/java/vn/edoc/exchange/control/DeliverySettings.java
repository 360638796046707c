package vn.edoc.exchange.control;

import java.time.Duration;
import java.time.format.DateTimeParseException;

/**
 * The settings of handing copies out, read once and checked together ({@code edoc.pull.*}, {@code edoc.push.*}): a
 * wrong or inconsistent value stops the application's start with a message that names the key, instead of failing at
 * the first push. See docs/operators/delivery.md.
 *
 * @param pullLease how long a listed or fetched copy stays with its puller unless it confirms it
 * @param pushLease how long a push worker holds a claimed copy: longer than {@code pushTimeout}, or a push still
 *     under way would be claimed again by another worker and the recipient get the packet twice
 * @param pushTimeout the connect and answer time-out of a push, and of a call to a peer axis
 * @param parallel how many copies one server pushes at a time
 * @param schedule the retries after a failed push
 */
public record DeliverySettings(
        Duration pullLease, Duration pushLease, Duration pushTimeout, int parallel, RetrySchedule schedule) {
    public DeliverySettings {
        positive("edoc.pull.lease-seconds", pullLease);
        positive("edoc.push.lease-seconds", pushLease);
        positive("edoc.push.timeout-seconds", pushTimeout);
        if (pushLease.compareTo(pushTimeout) <= 0) {
            throw new IllegalArgumentException("edoc.push.lease-seconds (" + pushLease.toSeconds()
                    + ") must be longer than edoc.push.timeout-seconds (" + pushTimeout.toSeconds()
                    + "): a push still under way would be claimed again and sent twice");
        }
        if (parallel < 1) {
            throw new IllegalArgumentException("edoc.push.parallel must be at least 1: " + parallel);
        }
    }

    /** The settings from their configured texts, each checked; the message names the key that is wrong. */
    public static DeliverySettings of(
            long pullLeaseSeconds,
            long pushLeaseSeconds,
            long pushTimeoutSeconds,
            int parallel,
            int attempts,
            String firstDelay,
            String maxDelay,
            double jitter) {
        RetrySchedule schedule;
        try {
            schedule = new RetrySchedule(
                    attempts,
                    duration("edoc.push.first-delay", firstDelay),
                    duration("edoc.push.max-delay", maxDelay),
                    jitter);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("edoc.push.* (the retry schedule): " + e.getMessage(), e);
        }
        return new DeliverySettings(
                Duration.ofSeconds(pullLeaseSeconds),
                Duration.ofSeconds(pushLeaseSeconds),
                Duration.ofSeconds(pushTimeoutSeconds),
                parallel,
                schedule);
    }

    private static Duration duration(String key, String text) {
        try {
            return Duration.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(key + " is an ISO-8601 duration such as PT30S, not " + text, e);
        }
    }

    private static void positive(String key, Duration value) {
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(key + " must be positive: " + value.toSeconds());
        }
    }
}
