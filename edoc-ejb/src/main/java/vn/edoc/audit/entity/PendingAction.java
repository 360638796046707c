package vn.edoc.audit.entity;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;

/** An action recorded by the transaction that took it, waiting to be numbered into the chain. */
@Entity
@Table(name = "audit_pending")
@NamedQuery(
        name = PendingAction.OLDEST_FIRST,
        query = "SELECT p FROM PendingAction p ORDER BY p.recorded.atMillis, p.id")
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

    @Embedded
    private RecordedAction recorded;

    protected PendingAction() {
        // for JPA
    }

    public PendingAction(RecordedAction recorded) {
        this.recorded = recorded;
    }

    /** This action numbered after the chain's last entry (and made the last). */
    public AuditEntry chainedAfter(AuditHead head) {
        return head.append(recorded);
    }
}
