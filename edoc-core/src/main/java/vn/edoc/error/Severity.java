package vn.edoc.error;

/**
 * How much a problem of a packet weighs. The reader is strict in what it writes and liberal in what it reads: a
 * problem that loses meaning or safety is an {@link #ERROR} and refuses the packet; one whose meaning the reader kept
 * (a date in another common form, an informational element left empty) is a {@link #WARNING}: the packet goes on,
 * the warning is recorded and shown, and only a system set strict is refused for it.
 */
public enum Severity {
    /** Meaning lost or unsafe: the packet is refused. */
    ERROR,
    /** Meaning kept, form forgiven: the packet is accepted and the warning recorded. */
    WARNING
}
