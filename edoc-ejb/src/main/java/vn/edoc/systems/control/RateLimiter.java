package vn.edoc.systems.control;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Calls per minute for each connected system, as token buckets (Bucket4j): a system may spend its whole minute at
 * once, then gets one call back every 60/rate seconds. Buckets live in this server's memory: behind a load balancer
 * of n servers a system may make up to n times its rate (a shared bucket would cost a network round trip per call).
 */
@ApplicationScoped
public class RateLimiter {
    private record Limited(int perMinute, Bucket bucket) {}

    private final Map<String, Limited> buckets = new ConcurrentHashMap<>();

    /** 0 when the call may go ahead (and is counted), else the whole seconds to wait. */
    public long secondsToWait(String systemId, int perMinute) {
        Limited limited = buckets.compute(
                systemId, (id, old) -> old != null && old.perMinute() == perMinute ? old : bucket(perMinute));
        ConsumptionProbe probe = limited.bucket().tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return 0;
        }
        return Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
    }

    private static Limited bucket(int perMinute) {
        Bandwidth minute = Bandwidth.builder()
                .capacity(perMinute)
                .refillGreedy(perMinute, Duration.ofMinutes(1))
                .build();
        return new Limited(perMinute, Bucket.builder().addLimit(minute).build());
    }
}
