package vn.edoc.signing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How many wrong PINs in a row one asker (a connected system, a desk user; {@link #WHOLE_KEY} for all askers together)
 * gave for a leader's key, and until when it is locked for them. A lock ends by itself; the count starts again then.
 */
@Entity
@Table(name = "pin_attempt")
@IdClass(PinState.Key.class)
@NamedQuery(name = PinState.OF_LEADER, query = "SELECT p FROM PinState p WHERE p.leaderId = :leader")
@NamedQuery(
        name = PinState.COUNTING,
        query = "SELECT p FROM PinState p WHERE p.failures > 0 OR p.lockedUntil IS NOT NULL"
                + " ORDER BY p.leaderId, p.asker")
public class PinState {
    public static final String OF_LEADER = "PinState.ofLeader";
    public static final String COUNTING = "PinState.counting";
    /** The asker that stands for all askers of one leader's key. */
    public static final String WHOLE_KEY = "*";

    @Id
    @Column(name = "leader_id", length = 64)
    private String leaderId;

    @Id
    @Column(name = "asker", length = 150)
    private String asker;

    @Column(name = "failures", nullable = false)
    private int failures;

    /** Epoch milliseconds, as every time a lock is compared with the clock (V10). */
    @Column(name = "locked_until")
    private Long lockedUntil;

    protected PinState() {
        // for JPA
    }

    public PinState(String leaderId, String asker) {
        this.leaderId = leaderId;
        this.asker = asker;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil > now.toEpochMilli();
    }

    /**
     * Counts a wrong PIN; at {@code maxFailures} the key is locked for this asker until {@code now + lock}.
     *
     * @return the attempts left, 0 when the key is locked now
     */
    public int failed(int maxFailures, Instant now, Duration lock) {
        if (lockedUntil != null && !isLockedAt(now)) {
            startAgain(); // the last lock ended: the count starts again
        }
        failures++;
        if (failures >= maxFailures && lockedUntil == null) {
            lockedUntil = now.plus(lock).toEpochMilli();
        }
        return Math.max(0, maxFailures - failures);
    }

    /** A right PIN starts the count again, unless the key is still locked (it is not opened then anyway). */
    public void succeeded(Instant now) {
        if (!isLockedAt(now)) {
            startAgain();
        }
    }

    private void startAgain() {
        failures = 0;
        lockedUntil = null;
    }

    public String leaderId() {
        return leaderId;
    }

    public String asker() {
        return asker;
    }

    public int failures() {
        return failures;
    }

    public Optional<Instant> lockedUntil() {
        return Optional.ofNullable(lockedUntil).map(Instant::ofEpochMilli);
    }

    /** The key of a counter: a leader and an asker. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String leaderId;
        private String asker;

        public Key() {
            // for JPA
        }

        public Key(String leaderId, String asker) {
            this.leaderId = leaderId;
            this.asker = asker;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(leaderId, key.leaderId)
                    && Objects.equals(asker, key.asker);
        }

        @Override
        public int hashCode() {
            return Objects.hash(leaderId, asker);
        }
    }
}
