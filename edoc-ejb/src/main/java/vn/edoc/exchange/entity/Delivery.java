package vn.edoc.exchange.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import vn.edoc.directory.boundary.RecipientRoute;
import vn.edoc.edxml.model.StatusCode;
import vn.edoc.exchange.DeliveryState;
import vn.edoc.exchange.PushState;

/**
 * One recipient's copy of a packet. Its current state is the last of its events; every change appends one, and none is
 * ever changed or removed.
 */
@Entity
@Table(name = "delivery")
@NamedQuery(
        name = Delivery.BY_IDS,
        query = "SELECT d FROM Delivery d JOIN FETCH d.packet p WHERE d.id IN :ids ORDER BY d.id")
@NamedQuery(
        name = Delivery.IN_PUSH_STATE,
        query = "SELECT d FROM Delivery d JOIN FETCH d.packet p WHERE d.pushState = :pushState"
                + " AND d.state = vn.edoc.exchange.DeliveryState.WAITING ORDER BY d.id")
@NamedQuery(
        name = Delivery.BY_PACKET_AND_RECIPIENT,
        query = "SELECT d FROM Delivery d WHERE d.packet.packetId = :packetId AND d.recipientId IN :recipientIds"
                + " ORDER BY d.id")
@NamedQuery(
        name = Delivery.OVERDUE,
        query = "SELECT d FROM Delivery d JOIN FETCH d.packet p WHERE p.dueDate < :today"
                + " AND (d.recipientId IN :officeIds OR p.senderId IN :officeIds) AND d.withdrawn = FALSE"
                + " AND d.state IN (vn.edoc.exchange.DeliveryState.WAITING, vn.edoc.exchange.DeliveryState.FETCHED,"
                + " vn.edoc.exchange.DeliveryState.CONFIRMED)"
                + " AND (d.progress IS NULL OR d.progress NOT IN ('02', '06')) ORDER BY p.dueDate, p.acceptedAt, d.id")
@NamedQuery(
        name = Delivery.OF_PACKET,
        query = "SELECT d FROM Delivery d WHERE d.packet.packetId = :packetId ORDER BY d.id")
@NamedQuery(
        name = Delivery.BEHIND_PEER,
        query = "SELECT d FROM Delivery d WHERE d.packet.packetId = :packetId AND d.viaPeer = :peer"
                + " AND d.state <> vn.edoc.exchange.DeliveryState.CANCELLED ORDER BY d.id")
@NamedQuery(
        name = Delivery.EARLIER_STATUSES_UNFORWARDED,
        query = "SELECT COUNT(d) FROM Delivery d WHERE d.viaPeer = :peer AND d.id < :id"
                + " AND d.packet.answersPacketId = :answers AND d.pushState IN"
                + " (vn.edoc.exchange.PushState.DUE, vn.edoc.exchange.PushState.DEAD_LETTER)")
public class Delivery {
    public static final String OF_PACKET = "Delivery.ofPacket";
    public static final String BEHIND_PEER = "Delivery.behindPeer";
    public static final String EARLIER_STATUSES_UNFORWARDED = "Delivery.earlierStatusesUnforwarded";
    public static final String BY_IDS = "Delivery.byIds";
    public static final String IN_PUSH_STATE = "Delivery.inPushState";
    public static final String OVERDUE = "Delivery.overdue";
    public static final String BY_PACKET_AND_RECIPIENT = "Delivery.byPacketAndRecipient";

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "delivery_ids")
    @TableGenerator(
            name = "delivery_ids",
            table = "id_generator",
            pkColumnName = "name",
            valueColumnName = "next_value",
            pkColumnValue = "delivery",
            allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "packet_id", nullable = false, updatable = false)
    private Packet packet;

    @Column(name = "recipient_code", nullable = false, updatable = false, length = 35)
    private String recipientId;

    /** The code the sender wrote, when the axis delivers to its successor instead; else {@code null}. */
    @Column(name = "addressed_code", updatable = false, length = 35)
    private String addressedCode;

    /** The peer axis that carries the packet to a recipient outside the local directory; else {@code null}. */
    @Column(name = "via_peer", updatable = false, length = 50)
    private String viaPeer;

    /** The state of the newest event, kept here so that pending lists need no scan of the events. */
    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private DeliveryState state;

    @Column(name = "state_since", nullable = false)
    private Instant stateSince;

    @OneToMany(mappedBy = "delivery", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<DeliveryEvent> events = new ArrayList<>();

    /** The recipient's last progress status (01-06) on the wire, or {@code null} before any. */
    @Column(name = "progress", length = 2)
    private String progress;

    /** A change waiting for the recipient's 15 or 16, or {@code null}. */
    @Enumerated(EnumType.STRING)
    @Column(name = "change_pending", length = 10)
    private PendingChange changePending;

    /** Whether an accepted recall or revocation withdrew this copy. */
    @Column(name = "withdrawn", nullable = false)
    private boolean withdrawn;

    @OneToMany(mappedBy = "delivery", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<DeliveryStatus> statuses = new ArrayList<>();

    /** Whether the axis pushes this copy to the recipient's endpoint (decided when the copy was made). */
    @Column(name = "pushed", nullable = false, updatable = false)
    private boolean pushed;

    @Enumerated(EnumType.STRING)
    @Column(name = "push_state", length = 12)
    private PushState pushState;

    /** Pushes claimed so far, including one a crash cut short. */
    @Column(name = "attempts", nullable = false)
    private int attempts;

    /** When the next push is due (epoch ms), while {@link PushState#DUE}. */
    @Column(name = "next_attempt_at")
    private Long nextAttemptAt;

    @Column(name = "last_error", length = 500)
    private String lastError;

    /** The worker (pusher or puller) holding this copy, until {@link #leaseUntil} (epoch ms). */
    @Column(name = "lease_holder", length = 100)
    private String leaseHolder;

    @Column(name = "lease_until")
    private Long leaseUntil;

    @OneToMany(mappedBy = "delivery", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<PushAttempt> pushAttempts = new ArrayList<>();

    /** For a copy forwarded to a peer axis: the packetId the peer gave the packet. */
    @Column(name = "forwarded_as", length = 36)
    private String forwardedAs;

    protected Delivery() {
        // for JPA
    }

    Delivery(Packet packet, RecipientRoute route, DeliveryState first, Instant now) {
        this.packet = packet;
        this.recipientId = route.recipientCode();
        this.addressedCode = route.toSuccessor() ? route.addressedCode() : null;
        this.viaPeer = route.viaPeer();
        this.pushed = route.pushed();
        record(first, now);
    }

    /**
     * Moves to {@code next} and appends its event; a state already passed is left as it is, so repeating a fetch or a
     * confirmation changes nothing.
     *
     * @return whether the state changed
     */
    public boolean moveTo(DeliveryState next, Instant now) {
        if (!state.canMoveTo(next)) {
            return false;
        }
        record(next, now);
        return true;
    }

    private void record(DeliveryState next, Instant now) {
        state = next;
        stateSince = now;
        events.add(new DeliveryEvent(this, next, now));
        if (pushed && next == DeliveryState.WAITING) {
            schedulePush(now);
        } else if (pushState != PushState.DELIVERED) {
            // handed out otherwise (the office pulled it) or cancelled: nothing more to push
            pushState = null;
            nextAttemptAt = null;
        }
        if (next == DeliveryState.CONFIRMED || next == DeliveryState.CANCELLED) {
            leaseHolder = null;
            leaseUntil = null;
        }
    }

    private void schedulePush(Instant at) {
        pushState = PushState.DUE;
        nextAttemptAt = at.toEpochMilli();
    }

    /** Whether a worker other than {@code worker} holds this copy at {@code now}. */
    public boolean isLeasedToOtherThan(String worker, Instant now) {
        return leaseHolder != null && !leaseHolder.equals(worker) && leaseUntil > now.toEpochMilli();
    }

    /** Hands this copy to {@code worker} until {@code until}: no other worker gets it meanwhile. */
    public void lease(String worker, Instant until) {
        leaseHolder = worker;
        leaseUntil = until.toEpochMilli();
    }

    /** The puller gives the copy back: no one holds it, and it is listed again at once. */
    public void release() {
        leaseHolder = null;
        leaseUntil = null;
    }

    /**
     * A push worker takes this due copy for one more attempt, leased until {@code until}.
     *
     * @return the attempt's number
     */
    public int claimPush(String worker, Instant until) {
        attempts++;
        lease(worker, until);
        return attempts;
    }

    /**
     * The endpoint answered that it holds the packet: the copy is handed out and confirmed.
     *
     * @return whether this confirmed the copy (not when it was confirmed already)
     */
    public boolean pushDelivered(PushTry attempt, Instant now) {
        pushAttempts.add(new PushAttempt(this, attempt, PushAttempt.Outcome.DELIVERED, null, now));
        moveTo(DeliveryState.FETCHED, now);
        boolean confirmed = moveTo(DeliveryState.CONFIRMED, now);
        if (pushed) {
            pushState = PushState.DELIVERED;
            nextAttemptAt = null;
            lastError = null;
        }
        return confirmed;
    }

    /**
     * A push failed. The worker that still holds the copy schedules the next try at {@code retryAt}, or, when the
     * schedule is spent ({@code retryAt} {@code null}), leaves the copy in the dead letter; a worker whose lease ended
     * meanwhile only records its attempt (another one holds the copy now).
     *
     * @return whether the copy went to the dead letter
     */
    public boolean pushFailed(PushTry attempt, String error, Instant retryAt, Instant now) {
        String shortError = error == null ? "?" : error.substring(0, Math.min(error.length(), 500));
        pushAttempts.add(new PushAttempt(this, attempt, PushAttempt.Outcome.FAILED, shortError, now));
        if (pushState != PushState.DUE || !attempt.worker().equals(leaseHolder)) {
            return false;
        }
        lastError = shortError;
        leaseHolder = null;
        leaseUntil = null;
        if (retryAt == null) {
            pushState = PushState.DEAD_LETTER;
            nextAttemptAt = null;
            return true;
        }
        nextAttemptAt = retryAt.toEpochMilli();
        return false;
    }

    /** An operator sends a dead letter again: a fresh schedule starting now. */
    public boolean retryPush(Instant now) {
        if (pushState != PushState.DEAD_LETTER || state != DeliveryState.WAITING) {
            return false;
        }
        attempts = 0;
        schedulePush(now);
        return true;
    }

    /** The recipient receives by pull now: the copy stays in its pending list and is pushed no more. */
    public void stopPushing() {
        pushState = null;
        nextAttemptAt = null;
        leaseHolder = null;
        leaseUntil = null;
    }

    /** The peer axis took the packet over as {@code peerPacketId}. */
    public void forwardedAs(String peerPacketId) {
        if (forwardedAs == null) {
            forwardedAs = peerPacketId;
        }
    }

    /** The packetId at the peer axis this copy was forwarded to, or {@code null}. */
    public String forwardedAs() {
        return forwardedAs;
    }

    /** Whether the axis pushes this copy. */
    public boolean isPushed() {
        return pushed;
    }

    public PushState pushState() {
        return pushState;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt == null ? null : Instant.ofEpochMilli(nextAttemptAt);
    }

    public String lastError() {
        return lastError;
    }

    public String leaseHolder() {
        return leaseHolder;
    }

    public Instant leaseUntil() {
        return leaseUntil == null ? null : Instant.ofEpochMilli(leaseUntil);
    }

    public List<PushAttempt> pushAttempts() {
        return Collections.unmodifiableList(pushAttempts);
    }

    public Long id() {
        return id;
    }

    /**
     * Appends a reported status and moves the copy's business state: 01-06 become its progress, 13 leaves a recall
     * waiting, 15 accepts the waiting change (a recall or revocation withdraws the copy), 16 refuses it. The caller
     * checked the status against {@code StatusRules}.
     */
    public void report(StatusReport report, Instant now) {
        StatusCode code = report.code();
        switch (code) {
            case RECALL_REQUESTED -> changePending = PendingChange.RECALL;
            case CHANGE_ACCEPTED -> {
                withdrawn = changePending != null && changePending.withdraws();
                changePending = null;
            }
            case CHANGE_REFUSED -> changePending = null;
            default -> progress = code.code();
        }
        statuses.add(new DeliveryStatus(this, report, now));
    }

    /**
     * A revocation, update or replacement reaches this copy: not yet handed out, the copy is cancelled and withdrawn
     * (the recipient never sees it); handed out, the change waits for the recipient's 15 or 16.
     *
     * @return whether the copy was cancelled
     */
    public boolean change(PendingChange change, Instant now) {
        if (withdrawn || state == DeliveryState.CANCELLED) {
            return false;
        }
        if (!state.isHandedOut()) {
            moveTo(DeliveryState.CANCELLED, now);
            withdrawn = true;
            return true;
        }
        changePending = change;
        return false;
    }

    /** The recipient's last progress status (01-06), or {@code null}. */
    public StatusCode progress() {
        return progress == null ? null : StatusCode.ofCode(progress).orElseThrow();
    }

    public PendingChange changePending() {
        return changePending;
    }

    public boolean isWithdrawn() {
        return withdrawn;
    }

    public List<DeliveryStatus> statuses() {
        return Collections.unmodifiableList(statuses);
    }

    public Packet packet() {
        return packet;
    }

    public String recipientId() {
        return recipientId;
    }

    /** The code the sender wrote when the axis delivered to a successor, else the recipient's own. */
    public String addressedCode() {
        return addressedCode == null ? recipientId : addressedCode;
    }

    /** The peer axis carrying this copy, if the recipient is not local. */
    public String viaPeer() {
        return viaPeer;
    }

    public DeliveryState state() {
        return state;
    }

    public Instant stateSince() {
        return stateSince;
    }

    /**
     * The events, oldest first. A copy's state only moves forward ({@link DeliveryState#canMoveTo}), so the state's
     * order is the time order; ids are not, since concurrent transactions draw them from different preallocated blocks
     * (a racing puller's FETCHED came after its CONFIRMED by id).
     */
    public List<DeliveryEvent> events() {
        return events.stream()
                .sorted(Comparator.comparing(DeliveryEvent::state))
                .toList();
    }
}
