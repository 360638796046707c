package vn.edoc.exchange.boundary;

/**
 * A packet's bytes, exactly as the sender sent them.
 *
 * @param bytes the packet; callers must not change the array
 */
public record FetchedPacket(String packetId, String documentId, String sha256, byte[] bytes) {}
