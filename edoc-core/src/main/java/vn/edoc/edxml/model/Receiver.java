package vn.edoc.edxml.model;

/** A recipient an update changes: {@code receiverType} 0 removes it, 1 adds it. */
public record Receiver(String organId, int receiverType) {
    public static final int REMOVED = 0;
    public static final int ADDED = 1;
}
