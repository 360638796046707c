package vn.edoc.exchange.boundary;

import java.time.Instant;
import vn.edoc.exchange.DeliveryState;
import vn.edoc.exchange.entity.Delivery;

/** Where one recipient's copy of a packet stands. */
public record RecipientStatus(String recipientId, DeliveryState state, Instant since) {
    static RecipientStatus of(Delivery delivery) {
        return new RecipientStatus(delivery.recipientId(), delivery.state(), delivery.stateSince());
    }
}
