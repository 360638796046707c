package vn.edoc.error;

/**
 * Stable error codes. Clients program against these names: never rename or reuse one, only add. The README lists them
 * with their meaning; the messages live in {@code vn/edoc/error/messages*.properties}.
 */
public enum ErrorCode {
    /** The request lacks a field it needs, or a field is out of range. */
    REQUEST_INVALID,
    /** The packet has no bytes. */
    PACKET_EMPTY,
    /** The packet is larger than the axis accepts. */
    PACKET_TOO_LARGE,
    /** The packet is not well-formed XML (the message names line and column). */
    PACKET_NOT_WELL_FORMED,
    /** The packet carries a document type declaration; DTDs and entities are never processed. */
    PACKET_DTD_FORBIDDEN,
    /** The root element is not {@code edXML} in the QCVN 102:2016 namespace. */
    PACKET_WRONG_NAMESPACE,
    /** {@code MessageHeader/From/OrganId} is missing. */
    PACKET_MISSING_FROM,
    /** No {@code MessageHeader/To/OrganId}. */
    PACKET_MISSING_TO,
    /** {@code MessageHeader/DocumentId} is missing. */
    PACKET_MISSING_DOCUMENT_ID,
    /** {@code MessageHeader/Subject} is missing. */
    PACKET_MISSING_SUBJECT,
    /** A field is longer than the standard allows. */
    PACKET_FIELD_TOO_LONG,
    /** The sending office is not an active office of the directory. */
    SENDER_UNKNOWN,
    /** A recipient is not an active office of the directory. */
    RECIPIENT_UNKNOWN,
    /** The office named in the request is not an active office of the directory. */
    OFFICE_UNKNOWN,
    /** The sender already sent another packet with the same DocumentId. */
    DOCUMENT_ID_REUSED,
    /** No such packet, or the office asking is neither its sender nor one of its recipients. */
    PACKET_NOT_FOUND,
    /** The SHA-256 the recipient computed differs from that of the stored packet. */
    DIGEST_MISMATCH,
    /** An unexpected failure of the axis; nothing was changed. */
    INTERNAL_ERROR
}
