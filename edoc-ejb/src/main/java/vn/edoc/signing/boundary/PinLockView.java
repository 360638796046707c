package vn.edoc.signing.boundary;

import java.time.Instant;
import vn.edoc.signing.entity.PinState;

/** Wrong PINs of one asker ({@code *}: all askers together) for a leader's key, and whether that locks it now. */
public record PinLockView(String leaderId, String asker, int failures, Instant lockedUntil, boolean locked) {
    static PinLockView of(PinState state, Instant now) {
        return new PinLockView(
                state.leaderId(),
                state.asker(),
                state.failures(),
                state.lockedUntil().orElse(null),
                state.isLockedAt(now));
    }
}
