package vn.edoc.exchange;

/** Where pushing a copy to its recipient's endpoint stands; a copy its recipient pulls has none. */
public enum PushState {
    /** A push is due at the copy's next attempt time (the first one, or a retry after a failure). */
    DUE,
    /** The endpoint answered that it holds the packet. */
    DELIVERED,
    /** The last try of the schedule failed: the copy waits for an operator to retry or cancel it. */
    DEAD_LETTER
}
