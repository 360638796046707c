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
        AuditHead head = entityManager.find(AuditHead.class, AuditHead.ID, LockModeType.PESSIMISTIC_WRITE);
        List<PendingAction> waiting = entityManager
                .createNamedQuery(PendingAction.OLDEST_FIRST, PendingAction.class)
                .setMaxResults(BATCH)
                .getResultList();
        for (PendingAction action : waiting) {
            entityManager.persist(action.chainedAfter(head));
            entityManager.remove(action);
        }
        return waiting.size();
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
