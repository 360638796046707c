package vn.edoc.exchange.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The polling of one peer axis of the national protocol: which poller holds it and until when, when the next poll is
 * due, and how many polls in a row failed (each failure makes the next wait longer). A poller polls only under a
 * lease it holds, so that of the servers of a cluster one polls a peer at a time. The lease and the next poll are
 * kept in epoch milliseconds, as the delivery's leases are: a timestamp column loses its milliseconds on MariaDB
 * through MySQL Connector/J (V19), and a back-off of 1.6 s must not become 1 s.
 */
@Entity
@Table(name = "peer_poll")
@NamedQuery(name = PeerPoll.ALL, query = "SELECT p FROM PeerPoll p ORDER BY p.peerId")
public class PeerPoll {
    public static final String ALL = "PeerPoll.all";
    private static final int MAX_ERROR = 500;

    @Id
    @Column(name = "peer_id", length = 64)
    private String peerId;

    @Column(name = "holder", length = 100)
    private String holder;

    @Column(name = "lease_until")
    private Long leaseUntil;

    @Column(name = "next_poll_at", nullable = false)
    private long nextPollAt;

    @Column(name = "failures", nullable = false)
    private int failures;

    @Column(name = "last_error", length = MAX_ERROR)
    private String lastError;

    @Column(name = "last_success_at")
    private Instant lastSuccessAt;

    @Column(name = "taken", nullable = false)
    private long taken;

    protected PeerPoll() {
        // for JPA
    }

    /** A peer not polled yet: due now. */
    public PeerPoll(String peerId, Instant now) {
        this.peerId = peerId;
        this.nextPollAt = now.toEpochMilli();
    }

    /** Whether {@code worker} may poll now: the poll is due and no other poller's lease runs. */
    public boolean dueFor(String worker, Instant now) {
        boolean leasedToAnother = holder != null && !holder.equals(worker) && leaseRunsAt(now);
        return !leasedToAnother && nextPollAt <= now.toEpochMilli();
    }

    /** Whether {@code worker} holds the lease at {@code now}. */
    public boolean heldBy(String worker, Instant now) {
        return worker.equals(holder) && leaseRunsAt(now);
    }

    private boolean leaseRunsAt(Instant now) {
        return leaseUntil != null && leaseUntil > now.toEpochMilli();
    }

    /** {@code worker} holds the poll until {@code until}. */
    public void lease(String worker, Instant until) {
        holder = worker;
        leaseUntil = until.toEpochMilli();
    }

    /** The poll went through, {@code count} packets taken; the next is due at {@code next}; the lease ends. */
    public void succeeded(Instant now, Instant next, int count) {
        failures = 0;
        lastSuccessAt = now;
        nextPollAt = next.toEpochMilli();
        taken += count;
        release();
    }

    /**
     * The poll failed (the peer down, a refusal of the whole call); the next is due at {@code next}; the lease ends.
     *
     * @return how many polls in a row failed, this one included
     */
    public int failed(Instant next, String error) {
        failures++;
        nextPollAt = next.toEpochMilli();
        lastError = error == null || error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR - 1) + "…";
        release();
        return failures;
    }

    private void release() {
        holder = null;
        leaseUntil = null;
    }

    public String peerId() {
        return peerId;
    }

    public String holder() {
        return holder;
    }

    public Instant nextPollAt() {
        return Instant.ofEpochMilli(nextPollAt);
    }

    public int failures() {
        return failures;
    }

    public String lastError() {
        return lastError;
    }

    public Instant lastSuccessAt() {
        return lastSuccessAt;
    }

    public long taken() {
        return taken;
    }
}
