package vn.edoc.exchange.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import vn.edoc.audit.AuditAction;
import vn.edoc.audit.boundary.AuditLog;
import vn.edoc.directory.boundary.Directory;
import vn.edoc.directory.control.Routing;
import vn.edoc.directory.entity.Office;
import vn.edoc.error.EdocException;
import vn.edoc.error.ErrorCode;
import vn.edoc.exchange.DeliveryState;
import vn.edoc.exchange.PushState;
import vn.edoc.exchange.control.Claims;
import vn.edoc.exchange.control.DeliverySettings;
import vn.edoc.exchange.control.PacketStore;
import vn.edoc.exchange.control.ThisAxis;
import vn.edoc.exchange.entity.Delivery;
import vn.edoc.exchange.entity.Packet;
import vn.edoc.exchange.entity.PacketKind;
import vn.edoc.exchange.entity.PushTry;
import vn.edoc.monitoring.boundary.AxisMetrics;

/**
 * The copies the axis pushes to offices that receive by push. A worker claims due copies (each under a lease, in its
 * own short transaction), calls the endpoints outside any transaction, then records each outcome in another one: a
 * failure is tried again on the retry schedule ({@code edoc.push.*}), the last failure leaves the copy in the dead
 * letter for an operator. A worker that dies mid-push holds its copies only until the lease ends.
 */
@Stateless
public class PushQueue {
    @Inject
    private Clock clock;

    @PersistenceContext(unitName = "edoc")
    private EntityManager entityManager;

    @Inject
    private AxisMetrics metrics;

    @EJB
    private Directory directory;

    @EJB
    private PacketReceipts receipts;

    @EJB
    private AuditLog audit;

    @Inject
    private PacketStore store;

    @Inject
    private ThisAxis thisAxis;

    /** The push lease and the retry schedule, checked at start-up (the lease outlasts a push's time-out). */
    @Inject
    private DeliverySettings settings;

    /**
     * Claims up to {@code max} copies whose push is due for {@code worker}. A copy whose recipient pulls now (the
     * directory changed) stays in its pending list instead.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<PushJob> claimDue(String worker, int max) {
        Instant now = now();
        List<Long> ids = Claims.duePushes(entityManager, now, max);
        if (ids.isEmpty()) {
            return List.of();
        }
        List<PushJob> jobs = new ArrayList<>();
        Routing routing = null; // read once per claim, and only when a copy goes to a peer
        for (Delivery copy : byIds(ids)) {
            if (copy.viaPeer() != null) {
                routing = routing == null ? directory.routing() : routing;
                claimForward(copy, worker, now, routing).ifPresent(jobs::add);
                continue;
            }
            Optional<String> endpoint = directory.findActive(copy.recipientId()).flatMap(Office::pushEndpoint);
            if (endpoint.isEmpty()) {
                copy.stopPushing();
                audit.append(
                        "axis", AuditAction.PUSH_STOPPED, copy.packet().packetId(), copy.recipientId() + " pulls now");
                continue;
            }
            int attemptNo = copy.claimPush(worker, now.plus(settings.pushLease()));
            jobs.add(job(copy, attemptNo, worker, endpoint.get()));
        }
        return jobs;
    }

    /**
     * Claims a copy for its peer axis, unless it is a status about a document whose earlier statuses for that peer are
     * not forwarded yet: the peer takes a recipient's statuses in the order the recipient sent them (01 before 03).
     */
    private Optional<PushJob> claimForward(Delivery copy, String worker, Instant now, Routing routing) {
        Packet packet = copy.packet();
        if (packet.kind() == PacketKind.STATUS && earlierStatusesUnforwarded(copy) > 0) {
            return Optional.empty();
        }
        List<String> forwardedTo = packet.kind() == PacketKind.STATUS
                ? List.of()
                : behindPeer(packet.packetId(), copy.viaPeer()).stream()
                        .map(Delivery::recipientId)
                        .toList();
        int attemptNo = copy.claimPush(worker, now.plus(settings.pushLease()));
        PeerHandOver handOver = new PeerHandOver(copy.viaPeer(), thisAxis.trace(packet), forwardedTo);
        return Optional.of(
                job(copy, attemptNo, worker, routing.endpointOf(copy.viaPeer()).orElse(null), handOver));
    }

    private long earlierStatusesUnforwarded(Delivery copy) {
        return entityManager
                .createNamedQuery(Delivery.EARLIER_STATUSES_UNFORWARDED, Long.class)
                .setParameter("peer", copy.viaPeer())
                .setParameter("id", copy.id())
                .setParameter("answers", copy.packet().answersPacketId())
                .getSingleResult();
    }

    private List<Delivery> behindPeer(String packetId, String peer) {
        return entityManager
                .createNamedQuery(Delivery.BEHIND_PEER, Delivery.class)
                .setParameter("packetId", packetId)
                .setParameter("peer", peer)
                .getResultList();
    }

    /** The bytes to push, read as they are sent, or empty when retention purged them. */
    public Optional<StoredBytes> bytesOf(String packetId) {
        Packet packet = entityManager.find(Packet.class, packetId);
        return packet == null || packet.isPurged()
                ? Optional.empty()
                : Optional.of(store.bytesOf(packetId, packet.size()));
    }

    /** The endpoint holds the packet: the copy is confirmed, with the axis's signed receipt. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void delivered(PushJob job, Duration took) {
        Delivery copy = locked(job.deliveryId());
        Instant now = now();
        metrics.pushAttempt("delivered");
        if (copy.pushDelivered(new PushTry(job.attemptNo(), job.worker(), took), now)) {
            receipts.deliveredFor(copy, now);
            audit.append(
                    copy.recipientId(),
                    AuditAction.PACKET_PUSHED,
                    job.packetId(),
                    copy.recipientId() + ", attempt " + job.attemptNo());
        }
    }

    /**
     * The peer axis took the packet over as {@code peerPacketId}: this copy and every other copy of the packet behind
     * that peer (the forward named them all) are confirmed, each with the axis's signed receipt.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void forwarded(PushJob job, Duration took, String peerPacketId) {
        Instant now = now();
        PushTry attempt = new PushTry(job.attemptNo(), job.worker(), took);
        metrics.pushAttempt("forwarded");
        List<Delivery> copies = new ArrayList<>(List.of(locked(job.deliveryId())));
        if (job.kind() == PacketKind.DOCUMENT) {
            behindPeer(job.packetId(), job.peer().peerId()).stream()
                    .filter(d -> !d.id().equals(job.deliveryId()) && d.pushState() == PushState.DUE)
                    .map(d -> locked(d.id()))
                    .forEach(copies::add);
        }
        for (Delivery copy : copies) {
            copy.forwardedAs(peerPacketId);
            if (copy.pushDelivered(attempt, now)) {
                receipts.deliveredFor(copy, now);
                audit.append(
                        "axis",
                        AuditAction.PACKET_FORWARDED,
                        job.packetId(),
                        copy.recipientId() + " via " + job.peer().peerId() + " as " + peerPacketId);
            }
        }
    }

    /** The push failed: tried again later, or, after the schedule's last try, the copy goes to the dead letter. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failed(PushJob job, Duration took, String error) {
        Delivery copy = locked(job.deliveryId());
        Instant now = now();
        Instant retryAt = settings.schedule()
                .delayAfter(job.attemptNo(), ThreadLocalRandom.current()::nextDouble)
                .map(now::plus)
                .orElse(null);
        boolean deadLetter = copy.pushFailed(new PushTry(job.attemptNo(), job.worker(), took), error, retryAt, now);
        metrics.pushAttempt(deadLetter ? "dead_letter" : "failed");
        if (deadLetter) {
            audit.append(
                    "axis",
                    AuditAction.PUSH_DEAD_LETTER,
                    job.packetId(),
                    copy.recipientId() + " after " + job.attemptNo() + " attempts: " + copy.lastError());
        }
    }

    /** The copies still waiting in a push state (due or dead letter), oldest first, for the operators' monitor. */
    public List<QueuedDelivery> inState(PushState state, int max) {
        return entityManager
                .createNamedQuery(Delivery.IN_PUSH_STATE, Delivery.class)
                .setParameter("pushState", state)
                .setMaxResults(max)
                .getResultStream()
                .map(QueuedDelivery::of)
                .toList();
    }

    /** An operator pushes a dead letter again, with a fresh schedule starting now. */
    public QueuedDelivery retry(long deliveryId, String operator) {
        Delivery copy = locked(deliveryId);
        if (!copy.retryPush(now())) {
            throw illegal(copy, "RETRY");
        }
        audit.append(operator, AuditAction.PUSH_RETRIED, copy.packet().packetId(), copy.recipientId());
        return QueuedDelivery.of(copy);
    }

    /** An operator gives up a copy that was never handed out: it is cancelled and the sender's trace says so. */
    public QueuedDelivery cancel(long deliveryId, String operator) {
        Delivery copy = locked(deliveryId);
        if (!copy.moveTo(DeliveryState.CANCELLED, now())) {
            throw illegal(copy, "CANCEL");
        }
        audit.append(operator, AuditAction.DELIVERY_CANCELLED, copy.packet().packetId(), copy.recipientId());
        return QueuedDelivery.of(copy);
    }

    private Delivery locked(long deliveryId) {
        Delivery copy = entityManager.find(Delivery.class, deliveryId, LockModeType.PESSIMISTIC_WRITE);
        if (copy == null) {
            throw new EdocException(ErrorCode.DELIVERY_NOT_FOUND, "deliveryId", Long.toString(deliveryId));
        }
        return copy;
    }

    private List<Delivery> byIds(List<Long> ids) {
        return entityManager
                .createNamedQuery(Delivery.BY_IDS, Delivery.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    private static PushJob job(Delivery copy, int attemptNo, String worker, String endpoint) {
        return job(copy, attemptNo, worker, endpoint, null);
    }

    private static PushJob job(Delivery copy, int attemptNo, String worker, String endpoint, PeerHandOver peer) {
        var packet = copy.packet();
        return new PushJob(
                copy.id(),
                attemptNo,
                worker,
                endpoint,
                packet.packetId(),
                packet.kind(),
                packet.senderId(),
                copy.recipientId(),
                packet.kind() == PacketKind.STATUS ? null : packet.documentId(),
                packet.sha256(),
                peer);
    }

    private static EdocException illegal(Delivery copy, String action) {
        String state = copy.pushState() == null ? copy.state().name() : copy.state() + "/" + copy.pushState();
        return new EdocException(
                ErrorCode.DELIVERY_ACTION_ILLEGAL, "deliveryId", copy.id().toString(), state, action);
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }
}
