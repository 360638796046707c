package vn.edoc.signing.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import vn.edoc.signing.entity.PinState;

/**
 * The wrong-PIN counter, each change in a transaction of its own: the refusal that follows a wrong PIN rolls the
 * caller's transaction back, and the count must stay.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PinAttempts {
    @PersistenceContext(unitName = "edoc")
    private EntityManager entityManager;

    public boolean isLocked(String leaderId) {
        PinState state = entityManager.find(PinState.class, leaderId);
        return state != null && state.isLocked();
    }

    /** Counts a wrong PIN and returns the attempts left (0: the key is locked now). */
    public int failed(String leaderId, int maxFailures) {
        PinState state = locked(leaderId);
        return state.failed(maxFailures, Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }

    public void succeeded(String leaderId) {
        locked(leaderId).succeeded();
    }

    private PinState locked(String leaderId) {
        PinState state = entityManager.find(PinState.class, leaderId, LockModeType.PESSIMISTIC_WRITE);
        if (state == null) {
            state = new PinState(leaderId);
            entityManager.persist(state);
        }
        return state;
    }
}
