package vn.edoc.exchange.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.edoc.audit.AuditAction;
import vn.edoc.audit.boundary.AuditLog;
import vn.edoc.exchange.control.RetrySchedule;
import vn.edoc.exchange.entity.PeerPoll;
import vn.edoc.exchange.entity.PeerRefusal;

/**
 * When a peer axis of the national protocol is polled for what it holds for the offices here, and by whom: each poll
 * runs under a lease on the peer's row ({@code edoc.peer.poll-lease-seconds}), so that one server of a cluster polls
 * a peer at a time; a poll that went through is followed by the next after {@code edoc.peer.poll-seconds} (at once
 * when the peer had more), one that failed after a wait that doubles with each failure in a row up to {@code
 * edoc.peer.poll-max-backoff-seconds}. Each method is a short transaction of its own, taken outside any poll.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PeerPolls {
    @Inject
    private Clock clock;

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "edoc")
    private EntityManager entityManager;

    @EJB
    private AuditLog audit;

    @Inject
    @ConfigProperty(name = "edoc.peer.poll-seconds", defaultValue = "30")
    private long pollSeconds;

    @Inject
    @ConfigProperty(name = "edoc.peer.poll-lease-seconds", defaultValue = "300")
    private long leaseSeconds;

    @Inject
    @ConfigProperty(name = "edoc.peer.poll-max-backoff-seconds", defaultValue = "900")
    private long maxBackoffSeconds;

    /**
     * Takes the peer's poll for {@code worker} when it is due and no other poller holds it.
     *
     * @return whether {@code worker} may poll the peer now
     */
    public boolean claim(String peerId, String worker) {
        Instant now = now();
        PeerPoll poll = entityManager.find(PeerPoll.class, peerId, LockModeType.PESSIMISTIC_WRITE);
        if (poll == null) {
            // two servers may create it at once: the second fails on the key and polls at a later tick
            poll = new PeerPoll(peerId, now);
            entityManager.persist(poll);
        }
        if (!poll.dueFor(worker, now)) {
            return false;
        }
        poll.lease(worker, now.plusSeconds(leaseSeconds));
        return true;
    }

    /**
     * Extends {@code worker}'s lease before it takes one more packet.
     *
     * @return false when the lease ran out and another poller may have the peer now: {@code worker} stops
     */
    public boolean renew(String peerId, String worker) {
        Instant now = now();
        PeerPoll poll = entityManager.find(PeerPoll.class, peerId, LockModeType.PESSIMISTIC_WRITE);
        if (poll == null || !poll.heldBy(worker, now)) {
            return false;
        }
        poll.lease(worker, now.plusSeconds(leaseSeconds));
        return true;
    }

    /** The poll went through: {@code taken} packets taken; the next one at once when the peer had {@code more}. */
    public void succeeded(String peerId, String worker, int taken, boolean more) {
        Instant now = now();
        PeerPoll poll = held(peerId, worker, now);
        if (poll == null) {
            return;
        }
        boolean recovered = poll.failures() > 0;
        poll.succeeded(now, more ? now : now.plusSeconds(pollSeconds), taken);
        if (recovered) {
            audit.append(worker, AuditAction.PEER_POLL_RECOVERED, peerId, "taken: " + taken);
        }
    }

    /** The poll failed ({@code error}): the next one waits longer than the last. */
    public void failed(String peerId, String worker, String error) {
        Instant now = now();
        PeerPoll poll = held(peerId, worker, now);
        if (poll == null) {
            return;
        }
        Duration wait =
                backoff().delayAfter(poll.failures() + 1, RANDOM::nextDouble).orElseThrow();
        int failures = poll.failed(now.plus(wait), error);
        if (failures == 1) {
            // audited when the peer starts failing and when it recovers, not at each retry of a long outage
            audit.append(worker, AuditAction.PEER_POLL_FAILED, peerId, error);
        }
    }

    /** Polls back off from one interval, doubling, to the cap, a fifth of each wait left to chance. */
    RetrySchedule backoff() {
        Duration first = Duration.ofSeconds(Math.max(1, pollSeconds));
        Duration cap = Duration.ofSeconds(Math.max(first.toSeconds(), maxBackoffSeconds));
        return new RetrySchedule(Integer.MAX_VALUE, first, cap, 0.2);
    }

    /**
     * This axis refused the peer's packet {@code peerDocId}: recorded and audited once; the poller does not take it
     * again.
     */
    public void refused(String peerId, String peerDocId, String code, String message) {
        if (entityManager.find(PeerRefusal.class, new PeerRefusal.Key(peerId, peerDocId)) != null) {
            return;
        }
        entityManager.persist(new PeerRefusal(peerId, peerDocId, code, message, now()));
        audit.append(peerId, AuditAction.PEER_PACKET_REFUSED, peerDocId, code + ": " + message);
    }

    /** Which of the peer's {@code docIds} this axis refused before. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Set<String> refusedAmong(String peerId, List<String> docIds) {
        if (docIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(entityManager
                .createNamedQuery(PeerRefusal.AMONG, String.class)
                .setParameter("peerId", peerId)
                .setParameter("docIds", docIds)
                .getResultList());
    }

    /** Each peer polled so far, for the operators. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<PeerPollView> polls() {
        return entityManager
                .createNamedQuery(PeerPoll.ALL, PeerPoll.class)
                .getResultStream()
                .map(PeerPollView::of)
                .toList();
    }

    /** The latest refusals, newest first, for the operators. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<PeerRefusalView> refusals(int max) {
        return entityManager
                .createNamedQuery(PeerRefusal.LATEST, PeerRefusal.class)
                .setMaxResults(max)
                .getResultStream()
                .map(PeerRefusalView::of)
                .toList();
    }

    private PeerPoll held(String peerId, String worker, Instant now) {
        PeerPoll poll = entityManager.find(PeerPoll.class, peerId, LockModeType.PESSIMISTIC_WRITE);
        // a poller whose lease ran out records nothing: the poller that holds the peer now does
        return poll != null && poll.heldBy(worker, now) ? poll : null;
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }
}
