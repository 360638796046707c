package vn.edoc.exchange.boundary;

import vn.edoc.exchange.entity.PacketKind;

/**
 * One copy a push worker claimed: what to send where, as which attempt. The bytes are read separately, so that a
 * claim stays a short transaction.
 *
 * @param endpoint the office's push endpoint, or the peer axis's service; {@code null} when no route names the peer
 * @param documentId the sender's DocumentId; {@code null} for a status packet
 * @param peer for a copy forwarded to a peer axis, what the forward carries; {@code null} for a push to an office
 */
public record PushJob(
        long deliveryId,
        int attemptNo,
        String worker,
        String endpoint,
        String packetId,
        PacketKind kind,
        String senderId,
        String recipientId,
        String documentId,
        String sha256,
        PeerHandOver peer) {}
