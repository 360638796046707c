package vn.edoc.exchange.boundary;

import java.time.Instant;
import vn.edoc.exchange.DeliveryState;
import vn.edoc.exchange.PushState;
import vn.edoc.exchange.entity.Delivery;

/** A copy as the operators' delivery monitor shows it. */
public record QueuedDelivery(
        long deliveryId,
        String packetId,
        String documentId,
        String senderId,
        String recipientId,
        DeliveryState state,
        PushState pushState,
        int attempts,
        Instant nextAttemptAt,
        String lastError,
        Instant acceptedAt) {
    static QueuedDelivery of(Delivery d) {
        return new QueuedDelivery(
                d.id(),
                d.packet().packetId(),
                d.packet().documentId(),
                d.packet().senderId(),
                d.recipientId(),
                d.state(),
                d.pushState(),
                d.attempts(),
                d.nextAttemptAt(),
                d.lastError(),
                d.packet().acceptedAt());
    }
}
