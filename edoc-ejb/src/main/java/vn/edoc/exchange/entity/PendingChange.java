package vn.edoc.exchange.entity;

/** A change to a delivered document that waits for the recipient's answer (15 accepts, 16 refuses). */
public enum PendingChange {
    /** Status 13: the sender asks for the document back. */
    RECALL,
    /** BussinessDocType 1. */
    REVOKE,
    /** BussinessDocType 2. */
    UPDATE,
    /** BussinessDocType 3. */
    REPLACE;

    /** Whether accepting it takes the document away from the recipient. */
    boolean withdraws() {
        return this == RECALL || this == REVOKE;
    }
}
