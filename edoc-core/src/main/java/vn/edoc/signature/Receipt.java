package vn.edoc.signature;

import java.time.Instant;
import java.util.Objects;

/**
 * What the axis attests in a signed receipt: that it accepted a packet (the SHA-256 of its exact bytes) or that a
 * recipient confirmed holding it, when, and which axis says so.
 *
 * @param recipientId the recipient that confirmed, for {@link Kind#DELIVERED}; {@code null} for an acceptance
 */
public record Receipt(
        String receiptId,
        Kind kind,
        String axis,
        String packetId,
        String documentId,
        String senderId,
        String recipientId,
        String sha256,
        Instant at) {

    /** The two events an axis attests. */
    public enum Kind {
        /** The axis accepted the packet from its sender. */
        ACCEPTED,
        /** A recipient's system confirmed it holds the packet. */
        DELIVERED
    }

    /** The receipts' XML namespace. */
    public static final String NAMESPACE = "urn:vn:edoc:receipt:v1";

    public Receipt {
        Objects.requireNonNull(receiptId);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(packetId);
        Objects.requireNonNull(sha256);
        Objects.requireNonNull(at);
    }
}
