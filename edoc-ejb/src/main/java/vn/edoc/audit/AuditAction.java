package vn.edoc.audit;

/**
 * What the audit log records, one name per kind of action: the names are stored ({@code audit_entry.action}) and
 * searched by operators, so a name is never renamed or reused, only added.
 */
public enum AuditAction {
    // packets and their copies
    PACKET_ACCEPTED,
    STATUS_ACCEPTED,
    CHANGE_APPLIED,
    PACKET_FETCHED,
    DELIVERY_CONFIRMED,
    DELIVERY_GIVEN_BACK,
    DELIVERY_CANCELLED,
    PACKET_PUSHED,
    PACKET_FORWARDED,
    PUSH_DEAD_LETTER,
    PUSH_RETRIED,
    PUSH_STOPPED,
    PACKETS_PURGED,
    // peer axes
    PEER_PACKET_REFUSED,
    PEER_POLL_FAILED,
    PEER_POLL_RECOVERED,
    // the directory, its routing and the seals
    DIRECTORY_IMPORTED,
    OFFICE_REMOVED,
    ROUTING_RULES_REPLACED,
    PEER_ROUTES_REPLACED,
    AGENCY_REQUESTED,
    AGENCY_REQUEST_APPROVED,
    AGENCY_REQUEST_REJECTED,
    SEAL_REGISTERED,
    SEAL_RETIRED,
    // connected systems
    SYSTEM_REGISTERED,
    SYSTEM_CHANGED,
    SYSTEM_SECRET_ISSUED,
    // leaders' signatures and their PINs
    LEADER_SIGNED,
    LEADER_SIGNING_REFUSED,
    PIN_LOCKED,
    PIN_UNLOCKED,
    // the desk: accounts, log-ins, drafts
    DESK_USER_CREATED,
    DESK_USER_ENABLED,
    DESK_USER_DISABLED,
    DESK_PASSWORD_CHANGED,
    LOGIN_FAILED,
    LOGIN_LOCKED,
    LOGIN_UNLOCKED,
    DRAFT_SUBMITTED,
    DRAFT_RETURNED,
    // attacks refused
    CROSS_SITE_REFUSED
}
