package vn.edoc.exchange;

/** Transport state of one recipient's copy of a packet. */
public enum DeliveryState {
    /** A revocation, update or replacement whose original document has not arrived yet: not handed out. */
    HELD,
    /** Stored by the axis; the recipient has not fetched it yet. */
    WAITING,
    /** The recipient's system fetched it and has not confirmed yet. */
    FETCHED,
    /** The recipient's system confirmed it holds the packet. */
    CONFIRMED,
    /** Taken back before the recipient fetched it (a revocation or replacement); never handed out. */
    CANCELLED;

    /**
     * Whether a delivery in this state may move to {@code next}: forward only; only a copy not yet handed out
     * (held or waiting) is cancelled; a cancelled copy stays cancelled.
     */
    public boolean canMoveTo(DeliveryState next) {
        if (this == CANCELLED) {
            return false;
        }
        if (next == CANCELLED) {
            return this == HELD || this == WAITING;
        }
        return next.ordinal() > ordinal();
    }

    /** Whether the recipient may fetch this copy: neither held nor cancelled. */
    public boolean isForTheRecipient() {
        return this != HELD && this != CANCELLED;
    }

    /** Whether the copy waits for its recipient to confirm it (in its pending list, leased to one puller at a time). */
    public boolean isPending() {
        return this == WAITING || this == FETCHED;
    }

    /** Whether the recipient may have this copy: it was handed out (fetched or confirmed). */
    public boolean isHandedOut() {
        return this == FETCHED || this == CONFIRMED;
    }
}
