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
import java.util.List;
import vn.edoc.directory.boundary.RecipientRoute;
import vn.edoc.edxml.model.StatusCode;
import vn.edoc.exchange.DeliveryState;

/**
 * One recipient's copy of a packet. Its current state is the last of its events; every change appends one, and none is
 * ever changed or removed.
 */
@Entity
@Table(name = "delivery")
@NamedQuery(
        name = Delivery.PENDING_FOR_RECIPIENT,
        query = "SELECT d FROM Delivery d JOIN FETCH d.packet p WHERE d.recipientId IN :recipientIds"
                + " AND d.state IN (vn.edoc.exchange.DeliveryState.WAITING, vn.edoc.exchange.DeliveryState.FETCHED)"
                + " ORDER BY p.acceptedAt, d.id")
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
public class Delivery {
    public static final String OF_PACKET = "Delivery.ofPacket";
    public static final String OVERDUE = "Delivery.overdue";
    public static final String PENDING_FOR_RECIPIENT = "Delivery.pendingForRecipient";
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

    protected Delivery() {
        // for JPA
    }

    Delivery(Packet packet, RecipientRoute route, DeliveryState first, Instant now) {
        this.packet = packet;
        this.recipientId = route.recipientCode();
        this.addressedCode = route.toSuccessor() ? route.addressedCode() : null;
        this.viaPeer = route.viaPeer();
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

    public List<DeliveryEvent> events() {
        return Collections.unmodifiableList(events);
    }
}
