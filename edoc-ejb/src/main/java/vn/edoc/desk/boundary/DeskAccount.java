package vn.edoc.desk.boundary;

import java.util.Set;
import vn.edoc.desk.entity.DeskRole;
import vn.edoc.desk.entity.DeskUser;

/** A person of the web UI as the pages see them (never the password's hash). */
public record DeskAccount(
        String username,
        String fullName,
        String officeCode,
        String leaderId,
        String title,
        Set<DeskRole> roles,
        boolean active) {
    public DeskAccount {
        roles = Set.copyOf(roles);
    }

    static DeskAccount of(DeskUser user) {
        return new DeskAccount(
                user.username(),
                user.fullName(),
                user.officeCode(),
                user.leaderId(),
                user.title(),
                user.roles(),
                user.isActive());
    }

    public boolean holds(DeskRole role) {
        return roles.contains(role);
    }
}
