package vn.edoc.desk.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
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
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.edoc.audit.AuditAction;
import vn.edoc.audit.boundary.AuditLog;
import vn.edoc.desk.entity.LoginFailure;
import vn.edoc.desk.entity.LoginFailure.Kind;
import vn.edoc.monitoring.boundary.AxisMetrics;

/**
 * Slows down password guessing at the web UI's log-in and the operators' API: failed log-ins in a row are counted per
 * account name and per client address; from {@code edoc.login.max-failures-per-account} (5) failures of a name, or
 * {@code edoc.login.max-failures-per-address} (20) from an address, each further failure locks it for {@code
 * edoc.login.first-lock-seconds} (60) doubled each time, up to {@code edoc.login.longest-lock-seconds} (900). A locked
 * name or address is refused before its password is checked. Any name is counted, an account's or not, so a lock says
 * nothing about which names exist. Each failure and each lock is audited; each change is a transaction of its own.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class LoginThrottle {
    @Inject
    private Clock clock;

    @PersistenceContext(unitName = "edoc")
    private EntityManager entityManager;

    @Inject
    private AxisMetrics metrics;

    @EJB
    private AuditLog audit;

    @Inject
    @ConfigProperty(name = "edoc.login.max-failures-per-account", defaultValue = "5")
    private int maxPerAccount;

    @Inject
    @ConfigProperty(name = "edoc.login.max-failures-per-address", defaultValue = "20")
    private int maxPerAddress;

    @Inject
    @ConfigProperty(name = "edoc.login.first-lock-seconds", defaultValue = "60")
    private long firstLockSeconds;

    @Inject
    @ConfigProperty(name = "edoc.login.longest-lock-seconds", defaultValue = "900")
    private long longestLockSeconds;

    /** Until when a log-in as {@code name} from {@code address} is refused unchecked, if it is. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Instant> lockedUntil(String name, String address) {
        Instant now = Instant.now(clock);
        return Stream.of(find(Kind.ACCOUNT, key(name)), find(Kind.ADDRESS, key(address)))
                .filter(failure -> failure != null && failure.isLockedAt(now))
                .flatMap(failure -> failure.lockedUntil().stream())
                .max(Instant::compareTo);
    }

    /** A log-in as {@code name} from {@code address} failed: counted, audited, and the lock it starts, if any. */
    public Optional<Instant> failed(String name, String address) {
        Instant now = Instant.now(clock);
        audit.append(key(name), AuditAction.LOGIN_FAILED, key(address), null);
        metrics.loginFailed();
        count(counter(Kind.ACCOUNT, key(name)), maxPerAccount, now, name);
        count(counter(Kind.ADDRESS, key(address)), maxPerAddress, now, name);
        return lockedUntil(name, address);
    }

    private void count(LoginFailure failure, int threshold, Instant now, String name) {
        Duration first = Duration.ofSeconds(Math.max(1, firstLockSeconds));
        Duration longest = Duration.ofSeconds(Math.max(first.toSeconds(), longestLockSeconds));
        if (failure.failed(now, Math.max(1, threshold), first, longest)) {
            audit.append(
                    key(name),
                    AuditAction.LOGIN_LOCKED,
                    failure.kind() + " " + failure.name(),
                    failure.failures() + " failures in a row, until "
                            + failure.lockedUntil().orElseThrow());
        }
    }

    /** A log-in as {@code name} from {@code address} went through: both counts start again. */
    public void succeeded(String name, String address) {
        Stream.of(find(Kind.ACCOUNT, key(name)), find(Kind.ADDRESS, key(address)))
                .filter(failure -> failure != null)
                .forEach(entityManager::remove);
    }

    /** The names and addresses with failures counted, the latest first, at most {@code max}. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<LoginFailureView> latest(int max) {
        Instant now = Instant.now(clock);
        return entityManager
                .createNamedQuery(LoginFailure.LATEST, LoginFailure.class)
                .setMaxResults(max)
                .getResultStream()
                .map(failure -> LoginFailureView.of(failure, now))
                .toList();
    }

    /** An operator lifts the lock of a name or an address; its count starts again. */
    public void unlock(String kind, String name, String operator) {
        LoginFailure failure = find(Kind.valueOf(kind), key(name));
        if (failure != null) {
            entityManager.remove(failure);
            audit.append(operator, AuditAction.LOGIN_UNLOCKED, kind + " " + key(name), null);
        }
    }

    /** Names and addresses that stopped failing a day ago are forgotten: guessing with new names leaves no heap. */
    @Schedule(hour = "*", minute = "*/15", persistent = false)
    void forget() {
        Instant now = Instant.now(clock);
        entityManager
                .createNamedQuery(LoginFailure.FORGET)
                .setParameter("before", now.minus(Duration.ofDays(1)).toEpochMilli())
                .setParameter("now", now.toEpochMilli())
                .executeUpdate();
    }

    /** A name or address as counted: stripped, lower case (names are), cut to the column. */
    private static String key(String given) {
        String name = given == null ? "" : given.strip().toLowerCase(Locale.ROOT);
        return name.length() <= LoginFailure.MAX_NAME ? name : name.substring(0, LoginFailure.MAX_NAME);
    }

    private LoginFailure find(Kind kind, String name) {
        return entityManager.find(LoginFailure.class, new LoginFailure.Key(kind, name));
    }

    private LoginFailure counter(Kind kind, String name) {
        LoginFailure failure = entityManager.find(
                LoginFailure.class, new LoginFailure.Key(kind, name), LockModeType.PESSIMISTIC_WRITE);
        if (failure == null) {
            failure = new LoginFailure(kind, name);
            entityManager.persist(failure);
        }
        return failure;
    }
}
