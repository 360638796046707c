package vn.edoc.directory;

/** How an office's system gets its packets from the axis. */
public enum Reception {
    /** The office's system asks for its pending packets. */
    PULL,
    /** The axis calls the office's push endpoint. */
    PUSH
}
