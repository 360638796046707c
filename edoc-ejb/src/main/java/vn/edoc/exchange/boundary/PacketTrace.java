package vn.edoc.exchange.boundary;

import java.time.Instant;
import java.util.List;
import vn.edoc.exchange.DeliveryState;
import vn.edoc.exchange.entity.Delivery;

/** Every recipient's state of a packet, with the events that led there, oldest first. */
public record PacketTrace(String packetId, String documentId, String senderId, List<RecipientTrace> recipients) {

    /**
     * One recipient's state and history.
     *
     * @param addressedTo the code the sender wrote: another than {@code recipientId} when the axis delivered to the
     *     successor of a dissolved office
     * @param viaPeer the peer axis carrying the packet to a recipient outside the directory, or {@code null}
     */
    public record RecipientTrace(
            String recipientId, String addressedTo, String viaPeer, DeliveryState state, List<StateChange> events) {
        static RecipientTrace of(Delivery delivery) {
            List<StateChange> events = delivery.events().stream()
                    .map(e -> new StateChange(e.state(), e.occurredAt()))
                    .toList();
            return new RecipientTrace(
                    delivery.recipientId(), delivery.addressedCode(), delivery.viaPeer(), delivery.state(), events);
        }
    }

    /** A state reached, and when. */
    public record StateChange(DeliveryState state, Instant at) {}
}
