package vn.edoc.systems;

/** How a connected system calls the axis. */
public enum Protocol {
    /** edoc's own SOAP contract, authenticated by a WS-Security UsernameToken. */
    SOAP,
    /** The national axis protocol (VNPT's SDKVXP): JSON over HTTP, headers signed with HMAC-SHA256. */
    VXP
}
