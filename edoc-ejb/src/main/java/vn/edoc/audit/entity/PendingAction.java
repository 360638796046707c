package vn.edoc.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.Instant;

/** An action recorded by the transaction that took it, waiting to be numbered into the chain. */
@Entity
@Table(name = "audit_pending")
@NamedQuery(name = PendingAction.OLDEST_FIRST, query = "SELECT p FROM PendingAction p ORDER BY p.atMillis, p.id")
public class PendingAction {
    public static final String OLDEST_FIRST = "PendingAction.oldestFirst";

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "audit_pending_ids")
    @TableGenerator(
            name = "audit_pending_ids",
            table = "id_generator",
            pkColumnName = "name",
            valueColumnName = "next_value",
            pkColumnValue = "audit_pending",
            allocationSize = 50)
    private Long id;

    @Column(name = "at_millis", nullable = false, updatable = false)
    private long atMillis;

    @Column(name = "actor", nullable = false, updatable = false, length = 64)
    private String actor;

    @Column(name = "action", nullable = false, updatable = false, length = 40)
    private String action;

    @Column(name = "subject", updatable = false, length = 200)
    private String subject;

    @Column(name = "detail", updatable = false, length = 1000)
    private String detail;

    protected PendingAction() {
        // for JPA
    }

    public PendingAction(Instant at, String actor, String action, String subject, String detail) {
        this.atMillis = at.toEpochMilli();
        this.actor = actor;
        this.action = action;
        this.subject = subject;
        this.detail = detail;
    }

    /** This action numbered after the chain's last entry (and made the last). */
    public AuditEntry chainedAfter(AuditHead head) {
        return head.append(Instant.ofEpochMilli(atMillis), actor, action, subject, detail);
    }
}
