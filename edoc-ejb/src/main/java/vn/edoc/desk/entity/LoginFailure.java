package vn.edoc.desk.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
 * Failed log-ins in a row of one account name or one client address. From the {@code threshold}-th failure on, each
 * failure locks the name or address for a while that doubles with every further failure, from the first lock up to
 * the longest: guessing gets slower and slower, and nobody is locked out for good.
 */
@Entity
@Table(name = "login_failure")
@IdClass(LoginFailure.Key.class)
@NamedQuery(
        name = LoginFailure.LATEST,
        query = "SELECT f FROM LoginFailure f ORDER BY f.lastFailureAt DESC, f.kind, f.name")
@NamedQuery(
        name = LoginFailure.FORGET,
        query = "DELETE FROM LoginFailure f WHERE f.lastFailureAt < :before"
                + " AND (f.lockedUntil IS NULL OR f.lockedUntil < :now)")
public class LoginFailure {
    public static final String LATEST = "LoginFailure.latest";
    public static final String FORGET = "LoginFailure.forget";
    public static final int MAX_NAME = 100;

    /** What is counted: an account name (any name tried) or a client address. */
    public enum Kind {
        ACCOUNT,
        ADDRESS
    }

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 10)
    private Kind kind;

    @Id
    @Column(name = "name", length = MAX_NAME)
    private String name;

    @Column(name = "failures", nullable = false)
    private int failures;

    @Column(name = "locked_until")
    private Long lockedUntil;

    @Column(name = "last_failure_at", nullable = false)
    private long lastFailureAt;

    protected LoginFailure() {
        // for JPA
    }

    public LoginFailure(Kind kind, String name) {
        this.kind = kind;
        this.name = name;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil > now.toEpochMilli();
    }

    /**
     * Counts a failure at {@code now}; from the {@code threshold}-th on, locks for {@code firstLock} doubled for each
     * failure past the threshold, at most {@code longestLock}.
     *
     * @return whether this failure started a lock
     */
    public boolean failed(Instant now, int threshold, Duration firstLock, Duration longestLock) {
        failures++;
        lastFailureAt = now.toEpochMilli();
        if (failures < threshold) {
            return false;
        }
        long lock = firstLock.toMillis();
        for (int past = threshold; past < failures && lock < longestLock.toMillis(); past++) {
            lock *= 2;
        }
        lockedUntil = now.toEpochMilli() + Math.min(lock, longestLock.toMillis());
        return true;
    }

    public Kind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public int failures() {
        return failures;
    }

    public Optional<Instant> lockedUntil() {
        return Optional.ofNullable(lockedUntil).map(Instant::ofEpochMilli);
    }

    public Instant lastFailureAt() {
        return Instant.ofEpochMilli(lastFailureAt);
    }

    /** The key of a counter: its kind and the name or address. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Kind kind;
        private String name;

        public Key() {
            // for JPA
        }

        public Key(Kind kind, String name) {
            this.kind = kind;
            this.name = name;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && kind == key.kind && Objects.equals(name, key.name);
        }

        @Override
        public int hashCode() {
            return Objects.hash(kind, name);
        }
    }
}
