package vn.edoc.edxml.model;

/** An office as {@code From} or {@code To} name it; only {@code organId} and {@code organName} are required. */
public record Organization(
        String organId,
        String organizationInCharge,
        String organName,
        String organAdd,
        String email,
        String telephone,
        String fax,
        String website) {

    /** An office known by its code and name only. */
    public static Organization of(String organId, String organName) {
        return new Organization(organId, null, organName, null, null, null, null, null);
    }
}
