package vn.edoc.exchange.boundary;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import vn.edoc.edxml.model.StatusCode;
import vn.edoc.exchange.AxisHop;
import vn.edoc.exchange.DeliveryState;
import vn.edoc.exchange.PushState;
import vn.edoc.exchange.entity.Delivery;
import vn.edoc.exchange.entity.PendingChange;

/**
 * Every recipient's state of a packet, with the events that led there, oldest first, and every axis the packet
 * crossed ({@code hops}: where its sender handed it in first, this axis last). {@code vouchedBy} names the connected
 * system that vouched for an envelope without XML-DSig, null when it was signed; {@code warnings} what the reader
 * forgave in the packet.
 */
public record PacketTrace(
        String packetId,
        String documentId,
        String senderId,
        List<RecipientTrace> recipients,
        List<AxisHop> hops,
        String vouchedBy,
        List<vn.edoc.error.Problem> warnings) {

    /**
     * One recipient's state and history.
     *
     * @param addressedTo the code the sender wrote: another than {@code recipientId} when the axis delivered to the
     *     successor of a dissolved office
     * @param viaPeer the peer axis carrying the packet to a recipient outside the directory, or {@code null}
     * @param forwardedAs the packetId the peer axis gave the packet once it took it over, or {@code null}
     */
    public record RecipientTrace(
            String recipientId,
            String addressedTo,
            String viaPeer,
            DeliveryState state,
            List<StateChange> events,
            Business business,
            Push push,
            String forwardedAs) {
        static RecipientTrace of(Delivery delivery) {
            List<StateChange> events = delivery.events().stream()
                    .map(e -> new StateChange(e.state(), e.occurredAt()))
                    .toList();
            return new RecipientTrace(
                    delivery.recipientId(),
                    delivery.addressedCode(),
                    delivery.viaPeer(),
                    delivery.state(),
                    events,
                    Business.of(delivery),
                    delivery.isPushed() ? Push.of(delivery) : null,
                    delivery.forwardedAs());
        }
    }

    /**
     * Pushing the copy to a recipient that receives by push.
     *
     * @param state {@code null} once the office pulled the copy itself or it was cancelled
     */
    public record Push(PushState state, int attempts, Instant nextAttemptAt, String lastError) {
        static Push of(Delivery delivery) {
            return new Push(delivery.pushState(), delivery.attempts(), delivery.nextAttemptAt(), delivery.lastError());
        }
    }

    /**
     * The recipient's business state from status packets: its last progress status (01-06, or {@code null}), a
     * change waiting for its answer, whether the copy was withdrawn, and every status reported, oldest first.
     */
    public record Business(
            StatusCode progress, PendingChange changePending, boolean withdrawn, List<StatusEntry> statuses) {
        static Business of(Delivery delivery) {
            List<StatusEntry> statuses = delivery.statuses().stream()
                    .map(s -> new StatusEntry(
                            s.code(),
                            s.description(),
                            s.staffName(),
                            s.reportedAt(),
                            s.recordedAt(),
                            s.statusPacketId()))
                    .toList();
            return new Business(delivery.progress(), delivery.changePending(), delivery.isWithdrawn(), statuses);
        }
    }

    /** One status reported: by whom, the time the office wrote, the time the axis recorded, the status packet. */
    public record StatusEntry(
            StatusCode code,
            String description,
            String staffName,
            LocalDateTime reportedAt,
            Instant recordedAt,
            String statusPacketId) {}

    /** A state reached, and when. */
    public record StateChange(DeliveryState state, Instant at) {}
}
