package vn.edoc.systems;

/** Whether a connected system may call the axis. */
public enum SystemState {
    ACTIVE,
    /** refused at once (SYSTEM_DISABLED) until an operator enables it again */
    DISABLED
}
