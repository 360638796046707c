package vn.edoc.directory;

/** Whether an office exchanges documents now. */
public enum OfficeState {
    /** Sends and receives. */
    ACTIVE,
    /** Temporarily neither sends nor receives (kept with its history, may become active again). */
    SUSPENDED,
    /** Gone for good (merged, split or abolished); its packets go to its successors. */
    DISSOLVED
}
