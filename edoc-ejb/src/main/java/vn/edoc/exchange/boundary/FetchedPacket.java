package vn.edoc.exchange.boundary;

/**
 * A packet's bytes, exactly as the sender sent them.
 *
 * @param bytes the packet, read from the store when its stream is opened
 */
public record FetchedPacket(String packetId, String documentId, String sha256, StoredBytes bytes) {}
