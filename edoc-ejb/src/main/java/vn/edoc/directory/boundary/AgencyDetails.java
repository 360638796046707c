package vn.edoc.directory.boundary;

/**
 * What a connected system says of an office it asks to add ({@code registerAgency}): its code, its parent's code, its
 * name and contacts; only the code for a removal.
 */
public record AgencyDetails(String code, String parentCode, String name, String email, String telephone, String fax) {}
