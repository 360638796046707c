package vn.edoc.desk.entity;

/** What a person may do in the web UI; the names are the Jakarta Security groups and roles of the web module. */
public enum DeskRole {
    /** A clerk (văn thư) of one office: composes, issues, receives and answers documents. */
    CLERK("clerk"),
    /** A leader of one office: reviews drafts and signs them with the key the axis keeps for them. */
    LEADER("leader"),
    /** An operator of the axis: directory, deliveries, audit, dashboard. */
    OPERATOR("operator");

    private final String roleName;

    DeskRole(String roleName) {
        this.roleName = roleName;
    }

    public String roleName() {
        return roleName;
    }

    public static DeskRole ofRoleName(String name) {
        for (DeskRole role : values()) {
            if (role.roleName.equals(name)) {
                return role;
            }
        }
        throw new IllegalArgumentException("no desk role " + name);
    }
}
