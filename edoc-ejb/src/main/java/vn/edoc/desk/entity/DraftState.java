package vn.edoc.desk.entity;

/** Where an outgoing document stands on its way from the clerk's draft to the recipients. */
public enum DraftState {
    /** Being written by the clerk. */
    DRAFT,
    /** Written as an edXML packet and waiting in the leader's review queue. */
    AWAITING_SIGNATURE,
    /** The leader sent it back with a comment; the clerk may change it and submit it again. */
    RETURNED,
    /** Signed by the leader; the clerk seals it with the office's seal and sends it. */
    SIGNED,
    /** Sealed and accepted by the axis for its recipients. */
    ISSUED;

    /** Whether the clerk may still change the document's content. */
    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }
}
