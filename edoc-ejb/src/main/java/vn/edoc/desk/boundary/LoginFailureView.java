package vn.edoc.desk.boundary;

import java.time.Instant;
import vn.edoc.desk.entity.LoginFailure;

/** Failed log-ins in a row of an account name or a client address, and whether that locks it now. */
public record LoginFailureView(
        String kind, String name, int failures, Instant lastFailureAt, Instant lockedUntil, boolean locked) {
    static LoginFailureView of(LoginFailure failure, Instant now) {
        return new LoginFailureView(
                failure.kind().name(),
                failure.name(),
                failure.failures(),
                failure.lastFailureAt(),
                failure.lockedUntil().orElse(null),
                failure.isLockedAt(now));
    }
}
