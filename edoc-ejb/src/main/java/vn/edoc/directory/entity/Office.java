package vn.edoc.directory.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** An office connected to the axis: UBND tỉnh, a department, a district or a commune. */
@Entity
@Table(name = "office")
@NamedQuery(name = Office.COUNT_ACTIVE, query = "SELECT COUNT(o) FROM Office o WHERE o.active = TRUE")
public class Office {
    public static final String COUNT_ACTIVE = "Office.countActive";

    @Id
    @Column(name = "code", length = 35)
    private String code;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    /** The administrative level, as data (PROVINCE, DEPARTMENT, DISTRICT, COMMUNE) so that a reform needs no code. */
    @Column(name = "level_name", nullable = false, length = 20)
    private String level;

    @Column(name = "parent_code", length = 35)
    private String parentCode;

    @Column(name = "active", nullable = false)
    private boolean active;

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

    public String parentCode() {
        return parentCode;
    }

    public boolean isActive() {
        return active;
    }
}
