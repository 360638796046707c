package vn.edoc.systems;

/**
 * How the axis reads the packets a connected system (or peer axis) sends: forgiving what keeps its meaning, as the
 * national SDK's parser does, or refusing every deviation from the standard.
 */
public enum PacketReading {
    /** Warnings are recorded with the packet and returned to the sender; only errors refuse (the default). */
    TOLERANT,
    /** Warnings refuse too, each with its code: for a system its vendor wants held to the standard. */
    STRICT
}
