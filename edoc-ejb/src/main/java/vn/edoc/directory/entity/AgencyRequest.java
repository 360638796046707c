package vn.edoc.directory.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.Instant;

/**
 * A connected system's request to add an office to the directory or to remove one (the national protocol's
 * {@code registerAgency}, {@code deleteAgency}). A DMS never changes the directory by itself: an operator approves or
 * rejects the request. While it waits, {@code openKey} makes the same request sent again find this one.
 */
@Entity
@Table(name = "agency_request")
@NamedQuery(name = AgencyRequest.BY_OPEN_KEY, query = "SELECT r FROM AgencyRequest r WHERE r.openKey = :openKey")
@NamedQuery(name = AgencyRequest.IN_STATE, query = "SELECT r FROM AgencyRequest r WHERE r.state = :state ORDER BY r.id")
public class AgencyRequest {
    public static final String BY_OPEN_KEY = "AgencyRequest.byOpenKey";
    public static final String IN_STATE = "AgencyRequest.inState";

    /** What the request asks. */
    public enum Kind {
        REGISTER,
        DELETE
    }

    /** Where the request stands. */
    public enum State {
        PENDING,
        APPROVED,
        REJECTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "agency_request_ids")
    @TableGenerator(
            name = "agency_request_ids",
            table = "id_generator",
            pkColumnName = "name",
            valueColumnName = "next_value",
            pkColumnValue = "agency_request",
            allocationSize = 1)
    private Long id;

    @Column(name = "kind", nullable = false, length = 8)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Kind kind;

    @Column(name = "agency_code", nullable = false, length = 35)
    private String agencyCode;

    @Column(name = "parent_code", length = 35)
    private String parentCode;

    @Column(name = "name", length = 200)
    private String name;

    @Column(name = "email", length = 100)
    private String email;

    @Column(name = "telephone", length = 50)
    private String telephone;

    @Column(name = "fax", length = 50)
    private String fax;

    @Column(name = "system_id", nullable = false, length = 64)
    private String systemId;

    @Column(name = "state", nullable = false, length = 10)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private State state;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Column(name = "open_key", length = 120)
    private String openKey;

    protected AgencyRequest() {
        // for JPA
    }

    public AgencyRequest(Kind kind, String agencyCode, String systemId, Instant now) {
        this.kind = kind;
        this.agencyCode = agencyCode;
        this.systemId = systemId;
        this.state = State.PENDING;
        this.requestedAt = now;
        this.openKey = openKey(kind, agencyCode, systemId);
    }

    /** The key of a waiting request: one per system, kind and office. */
    public static String openKey(Kind kind, String agencyCode, String systemId) {
        return kind + "|" + agencyCode + "|" + systemId;
    }

    /** What a registration asks the office to be. */
    public void describe(String parentCode, String name, String email, String telephone, String fax) {
        this.parentCode = parentCode;
        this.name = name;
        this.email = email;
        this.telephone = telephone;
        this.fax = fax;
    }

    /** An operator decides; the request no longer waits. */
    public void decide(boolean approved, String operator, Instant now) {
        this.state = approved ? State.APPROVED : State.REJECTED;
        this.decidedBy = operator;
        this.decidedAt = now;
        this.openKey = null;
    }

    public Long id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    public String agencyCode() {
        return agencyCode;
    }

    public String parentCode() {
        return parentCode;
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public String telephone() {
        return telephone;
    }

    public String fax() {
        return fax;
    }

    public String systemId() {
        return systemId;
    }

    public State state() {
        return state;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String decidedBy() {
        return decidedBy;
    }
}
