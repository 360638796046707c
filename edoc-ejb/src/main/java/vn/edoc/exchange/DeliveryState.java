package vn.edoc.exchange;

/** Transport state of one recipient's copy of a packet. */
public enum DeliveryState {
    /** Stored by the axis; the recipient has not fetched it yet. */
    WAITING,
    /** The recipient's system fetched it and has not confirmed yet. */
    FETCHED,
    /** The recipient's system confirmed it holds the packet. */
    CONFIRMED;

    /** Whether a delivery in this state may move to {@code next}; a state never goes back. */
    public boolean canMoveTo(DeliveryState next) {
        return next.ordinal() > ordinal();
    }
}
