package vn.edoc.directory.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import vn.edoc.directory.OfficeRecord;
import vn.edoc.directory.OfficeState;
import vn.edoc.directory.Reception;

/**
 * An office of the directory: UBND tỉnh, a department, a district or a commune. Written by the directory import
 * ({@code vn.edoc.directory.control}); read here.
 */
@Entity
@Table(name = "office")
@NamedQuery(
        name = Office.COUNT_ACTIVE,
        query = "SELECT COUNT(o) FROM Office o WHERE o.state = vn.edoc.directory.OfficeState.ACTIVE")
@NamedQuery(
        name = Office.ACTIVE,
        query = "SELECT o FROM Office o WHERE o.state = vn.edoc.directory.OfficeState.ACTIVE ORDER BY o.code")
@NamedQuery(name = Office.PREDECESSORS, query = "SELECT o.code FROM Office o JOIN o.successors s WHERE s = :code")
public class Office {
    public static final String COUNT_ACTIVE = "Office.countActive";
    public static final String PREDECESSORS = "Office.predecessors";
    public static final String ACTIVE = "Office.active";

    @Id
    @Column(name = "code", length = 35)
    private String code;

    @Column(name = "second_code", length = 35)
    private String secondCode;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "kind", nullable = false, length = 50)
    private String kind;

    /** The administrative level, as data (table office_level), so that a reform needs no code. */
    @Column(name = "level_name", nullable = false, length = 20)
    private String level;

    @Column(name = "parent_code", length = 35)
    private String parentCode;

    @Column(name = "organization_in_charge", length = 200)
    private String organizationInCharge;

    @Column(name = "address", length = 300)
    private String address;

    @Column(name = "email", length = 100)
    private String email;

    @Column(name = "telephone", length = 50)
    private String telephone;

    @Column(name = "fax", length = 50)
    private String fax;

    @Column(name = "website", length = 200)
    private String website;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 12)
    private OfficeState state;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    /** The first successor is the main one: packets addressed to a dissolved office go to it. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "office_successor", joinColumns = @JoinColumn(name = "office_code"))
    @Column(name = "successor_code", length = 35)
    @OrderColumn(name = "position")
    private List<String> successors = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "receives", nullable = false, length = 4)
    private Reception reception;

    @Column(name = "push_endpoint", length = 500)
    private String pushEndpoint;

    @Column(name = "sample", nullable = false)
    private boolean sample;

    @Column(name = "revision", nullable = false)
    private long revision;

    protected Office() {
        // for JPA
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String level() {
        return level;
    }

    /** Where the axis pushes this office's packets, when it receives by push; empty when it pulls. */
    public Optional<String> pushEndpoint() {
        return reception == Reception.PUSH && pushEndpoint != null && !pushEndpoint.isBlank()
                ? Optional.of(pushEndpoint)
                : Optional.empty();
    }

    public String parentCode() {
        return parentCode;
    }

    public OfficeState state() {
        return state;
    }

    public boolean isActive() {
        return state == OfficeState.ACTIVE;
    }

    public List<String> successors() {
        return Collections.unmodifiableList(successors);
    }

    public long revision() {
        return revision;
    }

    /** The office as the directory file and the synchronisation describe it. */
    public OfficeRecord toRecord() {
        return new OfficeRecord(
                code,
                secondCode,
                name,
                kind,
                level,
                parentCode,
                new OfficeRecord.Contact(organizationInCharge, address, email, telephone, fax, website),
                state,
                validFrom,
                validTo,
                successors,
                reception,
                pushEndpoint,
                sample);
    }
}
