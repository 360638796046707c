package vn.edoc.exchange.entity;

/** What a packet carries. */
public enum PacketKind {
    /** A document (new, revocation, update or replacement). */
    DOCUMENT,
    /** A status about a document. */
    STATUS
}
