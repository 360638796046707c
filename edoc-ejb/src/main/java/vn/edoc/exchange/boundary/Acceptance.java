package vn.edoc.exchange.boundary;

import java.time.Instant;
import java.util.List;
import vn.edoc.error.Problem;
import vn.edoc.exchange.entity.Packet;

/**
 * What the axis answers the sender of an accepted packet, with its signed acceptance receipt and what the reader
 * forgave in the packet (its warnings, empty for a packet that kept the standard).
 */
public record Acceptance(
        String packetId,
        String documentId,
        String senderId,
        String sha256,
        long size,
        Instant acceptedAt,
        List<RecipientStatus> recipients,
        byte[] receipt,
        List<Problem> warnings) {

    /** @param receipt the axis's signed acceptance receipt of the packet */
    static Acceptance of(Packet packet, byte[] receipt) {
        return new Acceptance(
                packet.packetId(),
                packet.documentId(),
                packet.senderId(),
                packet.sha256(),
                packet.size(),
                packet.acceptedAt(),
                packet.deliveries().stream().map(RecipientStatus::of).toList(),
                receipt,
                packet.warnings());
    }
}
