package vn.edoc.exchange.boundary;

import java.time.Instant;
import java.util.List;
import vn.edoc.exchange.entity.Packet;

/** What the axis answers the sender of an accepted packet. */
public record Acceptance(
        String packetId,
        String documentId,
        String senderId,
        String sha256,
        long size,
        Instant acceptedAt,
        List<RecipientStatus> recipients) {

    static Acceptance of(Packet packet) {
        return new Acceptance(
                packet.packetId(),
                packet.documentId(),
                packet.senderId(),
                packet.sha256(),
                packet.size(),
                packet.acceptedAt(),
                packet.deliveries().stream().map(RecipientStatus::of).toList());
    }
}
