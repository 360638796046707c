package vn.edoc.audit.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import vn.edoc.audit.entity.AuditHead;
import vn.edoc.audit.entity.PendingAction;

/**
 * Numbers the recorded actions into the hash chain, oldest first, a batch per short transaction that locks the
 * chain's head: every second, and before anyone reads the log. Several servers on one database take turns on the
 * head's lock; on one server the singleton's lock keeps its own runs apart.
 */
@Singleton
public class AuditChainer {
    private static final int BATCH = 1_000;

    @PersistenceContext(unitName = "edoc")
    private EntityManager entityManager;

    @Resource
    private SessionContext sessionContext;

    @Schedule(hour = "*", minute = "*", second = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void everySecond() {
        chainBatch();
    }

    /**
     * Chains one batch of what waits.
     *
     * @return how many actions were chained (fewer than the batch: nothing else was waiting)
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int chainBatch() {
        // most seconds nothing waits: an idle axis (and every idle server of a cluster) then takes no lock
        if (waiting(1).isEmpty()) {
            return 0;
        }
        AuditHead head = entityManager.find(AuditHead.class, AuditHead.ID, LockModeType.PESSIMISTIC_WRITE);
        // read again under the head's lock: another server may have chained what was seen a moment ago
        List<PendingAction> waiting = waiting(BATCH);
        for (PendingAction action : waiting) {
            entityManager.persist(action.chainedAfter(head));
            entityManager.remove(action);
        }
        return waiting.size();
    }

    private List<PendingAction> waiting(int max) {
        return entityManager
                .createNamedQuery(PendingAction.OLDEST_FIRST, PendingAction.class)
                .setMaxResults(max)
                .getResultList();
    }

    /** Everything that waits, batch by batch. */
    public void chainAll() {
        // through the container: each batch is a transaction of its own
        while (self().chainBatch() == BATCH) {
            // the next batch
        }
    }

    private AuditChainer self() {
        return sessionContext.getBusinessObject(AuditChainer.class);
    }
}
