package vn.edoc.desk.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A person who logs in to the web UI: a clerk or leader of one office, or an operator of the axis. Only a hash of the
 * password is kept; the web module's identity store reads it with the roles.
 */
@Entity
@Table(name = "desk_user")
@NamedQuery(name = DeskUser.ALL, query = "SELECT u FROM DeskUser u ORDER BY u.officeCode, u.username")
@NamedQuery(
        name = DeskUser.SIGNERS_OF,
        query = "SELECT DISTINCT u FROM DeskUser u JOIN u.roles r WHERE u.officeCode = :office AND u.active = TRUE"
                + " AND u.leaderId IS NOT NULL AND r = 'leader' ORDER BY u.username")
public class DeskUser {
    public static final String ALL = "DeskUser.all";
    public static final String SIGNERS_OF = "DeskUser.signersOf";

    @Id
    @Column(name = "username", length = 64)
    private String username;

    @Column(name = "full_name", nullable = false, length = 100)
    private String fullName;

    @Column(name = "office_code", length = 35)
    private String officeCode;

    @Column(name = "leader_id", length = 64)
    private String leaderId;

    /** A leader's position as the packet's SignerInfo names it (Chủ tịch, Giám đốc, ...). */
    @Column(name = "title", length = 100)
    private String title;

    @Column(name = "password_hash", nullable = false, length = 300)
    private String passwordHash;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "desk_user_role", joinColumns = @JoinColumn(name = "username"))
    @Column(name = "role_name", length = 20)
    private Set<String> roles = new HashSet<>();

    protected DeskUser() {
        // for JPA
    }

    public DeskUser(
            String username,
            String fullName,
            String officeCode,
            String leaderId,
            String title,
            Set<DeskRole> roles,
            Instant createdAt) {
        this.username = username;
        this.title = title;
        this.fullName = fullName;
        this.officeCode = officeCode;
        this.leaderId = leaderId;
        this.roles = roles.stream().map(DeskRole::roleName).collect(Collectors.toCollection(HashSet::new));
        this.active = true;
        this.createdAt = createdAt;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public String passwordHash() {
        return passwordHash;
    }

    /** The roles as the identity store's groups name them. */
    public Set<String> roleNames() {
        return Set.copyOf(roles);
    }

    public String username() {
        return username;
    }

    public String fullName() {
        return fullName;
    }

    public String officeCode() {
        return officeCode;
    }

    public String leaderId() {
        return leaderId;
    }

    public String title() {
        return title;
    }

    public boolean isActive() {
        return active;
    }

    public Set<DeskRole> roles() {
        Set<DeskRole> held = EnumSet.noneOf(DeskRole.class);
        roles.forEach(name -> held.add(DeskRole.ofRoleName(name)));
        return held;
    }
}
