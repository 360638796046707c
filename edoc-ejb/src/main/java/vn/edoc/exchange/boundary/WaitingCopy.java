package vn.edoc.exchange.boundary;

import java.time.Instant;
import vn.edoc.exchange.DeliveryState;
import vn.edoc.exchange.entity.Delivery;
import vn.edoc.exchange.entity.Packet;
import vn.edoc.exchange.entity.PacketKind;

/** A recipient's copy waiting in a connected system's mailbox ({@link SystemMailbox}). */
public record WaitingCopy(
        CopyId copy,
        String senderId,
        String documentId,
        PacketKind kind,
        DeliveryState state,
        Instant acceptedAt,
        Instant stateSince) {

    static WaitingCopy of(Delivery delivery) {
        Packet packet = delivery.packet();
        return new WaitingCopy(
                new CopyId(packet.packetId(), delivery.recipientId()),
                packet.senderId(),
                packet.documentId(),
                packet.kind(),
                delivery.state(),
                packet.acceptedAt(),
                delivery.stateSince());
    }
}
