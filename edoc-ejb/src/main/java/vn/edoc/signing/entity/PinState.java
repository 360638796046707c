package vn.edoc.signing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** How many wrong PINs in a row a leader's key has seen, and since when it is locked. */
@Entity
@Table(name = "leader_pin")
public class PinState {
    @Id
    @Column(name = "leader_id", length = 64)
    private String leaderId;

    @Column(name = "failures", nullable = false)
    private int failures;

    @Column(name = "locked_at")
    private Instant lockedAt;

    protected PinState() {
        // for JPA
    }

    public PinState(String leaderId) {
        this.leaderId = leaderId;
    }

    public boolean isLocked() {
        return lockedAt != null;
    }

    /** Counts a wrong PIN; locks at {@code maxFailures}. Returns the attempts left. */
    public int failed(int maxFailures, Instant now) {
        failures++;
        if (failures >= maxFailures && lockedAt == null) {
            lockedAt = now;
        }
        return Math.max(0, maxFailures - failures);
    }

    /** A right PIN starts the count again (a locked key stays locked: an operator unlocks it). */
    public void succeeded() {
        if (lockedAt == null) {
            failures = 0;
        }
    }
}
