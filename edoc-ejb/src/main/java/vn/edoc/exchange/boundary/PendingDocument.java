package vn.edoc.exchange.boundary;

import java.time.Instant;
import vn.edoc.exchange.DeliveryState;
import vn.edoc.exchange.entity.Delivery;
import vn.edoc.exchange.entity.Packet;
import vn.edoc.exchange.entity.PacketKind;

/** A packet waiting for a recipient. */
public record PendingDocument(
        String packetId,
        String documentId,
        String senderId,
        String subject,
        String sha256,
        long size,
        Instant acceptedAt,
        DeliveryState state,
        PacketKind kind) {

    static PendingDocument of(Delivery delivery) {
        Packet packet = delivery.packet();
        return new PendingDocument(
                packet.packetId(),
                packet.documentId(),
                packet.senderId(),
                packet.subject(),
                packet.sha256(),
                packet.size(),
                packet.acceptedAt(),
                delivery.state(),
                packet.kind());
    }
}
