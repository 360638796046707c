package vn.edoc.signing.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.edoc.audit.AuditAction;
import vn.edoc.audit.boundary.AuditLog;
import vn.edoc.signing.entity.PinState;

/**
 * The wrong-PIN counters of the leaders' keys, per asker and for the key as a whole, and the record of every refused
 * signing: each change in a transaction of its own, because the refusal that follows rolls the caller's transaction
 * back and the count and the audit entry must stay. An asker is locked out of a key after {@code
 * edoc.signing.max-pin-attempts} wrong PINs in a row, the key for everyone after {@code
 * edoc.signing.max-pin-attempts-per-leader}, each for {@code edoc.signing.pin-lock-minutes}.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PinAttempts {
    @Inject
    private Clock clock;

    @PersistenceContext(unitName = "edoc")
    private EntityManager entityManager;

    @EJB
    private AuditLog audit;

    @Inject
    @ConfigProperty(name = "edoc.signing.max-pin-attempts", defaultValue = "5")
    private int maxPerAsker;

    @Inject
    @ConfigProperty(name = "edoc.signing.max-pin-attempts-per-leader", defaultValue = "10")
    private int maxPerLeader;

    @Inject
    @ConfigProperty(name = "edoc.signing.pin-lock-minutes", defaultValue = "30")
    private long lockMinutes;

    /** Until when the key is locked for {@code asker} (its own lock or the whole key's), if it is. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Instant> lockedUntil(String leaderId, String asker) {
        Instant now = Instant.now(clock);
        return Stream.of(asker, PinState.WHOLE_KEY)
                .map(who -> entityManager.find(PinState.class, new PinState.Key(leaderId, who)))
                .filter(state -> state != null && state.isLockedAt(now))
                .flatMap(state -> state.lockedUntil().stream())
                .max(Instant::compareTo);
    }

    /** Counts a wrong PIN of {@code asker}; the attempts it has left (0: the key is locked for it now). */
    public int failed(String leaderId, String asker) {
        Instant now = Instant.now(clock);
        Duration lock = Duration.ofMinutes(Math.max(1, lockMinutes));
        int leftToAsker = counter(leaderId, asker).failed(maxPerAsker, now, lock);
        int leftToAll = counter(leaderId, PinState.WHOLE_KEY).failed(maxPerLeader, now, lock);
        if (leftToAsker == 0 || leftToAll == 0) {
            audit.append(asker, AuditAction.PIN_LOCKED, leaderId, leftToAll == 0 ? "the whole key" : "for " + asker);
        }
        return Math.min(leftToAsker, leftToAll);
    }

    public void succeeded(String leaderId, String asker) {
        Instant now = Instant.now(clock);
        counter(leaderId, asker).succeeded(now);
        counter(leaderId, PinState.WHOLE_KEY).succeeded(now);
    }

    /** Records that {@code asker}'s request to sign as {@code leaderId} was refused with {@code code}. */
    public void refused(String asker, String leaderId, String code) {
        audit.append(asker, AuditAction.LEADER_SIGNING_REFUSED, leaderId, code);
    }

    /** Every key with wrong PINs counted or locked, per asker, for the operators. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<PinLockView> counting() {
        Instant now = Instant.now(clock);
        return entityManager
                .createNamedQuery(PinState.COUNTING, PinState.class)
                .getResultStream()
                .map(state -> PinLockView.of(state, now))
                .toList();
    }

    /** An operator unlocks the leader's key for every asker; the counts start again. */
    public void unlock(String leaderId, String operator) {
        List<PinState> states = entityManager
                .createNamedQuery(PinState.OF_LEADER, PinState.class)
                .setParameter("leader", leaderId)
                .getResultList();
        states.forEach(entityManager::remove);
        audit.append(operator, AuditAction.PIN_UNLOCKED, leaderId, states.size() + " counters");
    }

    private PinState counter(String leaderId, String asker) {
        PinState state =
                entityManager.find(PinState.class, new PinState.Key(leaderId, asker), LockModeType.PESSIMISTIC_WRITE);
        if (state == null) {
            state = new PinState(leaderId, asker);
            entityManager.persist(state);
        }
        return state;
    }
}
