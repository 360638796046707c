package vn.edoc.systems.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.edoc.audit.boundary.AuditLog;
import vn.edoc.directory.boundary.Directory;
import vn.edoc.directory.control.Scope;
import vn.edoc.error.EdocException;
import vn.edoc.error.ErrorCode;
import vn.edoc.systems.Caller;
import vn.edoc.systems.Credentials;
import vn.edoc.systems.SystemState;
import vn.edoc.systems.control.KnownSystems;
import vn.edoc.systems.control.KnownSystems.KnownSystem;
import vn.edoc.systems.control.RateLimiter;
import vn.edoc.systems.control.Secrets;
import vn.edoc.systems.entity.ConnectedSystem;

/**
 * Who may call the axis: authenticates a call's credentials, checks the offices it acts for, and keeps the register
 * of connected systems that operators manage.
 */
@Stateless
public class ConnectedSystems {
    private static final Pattern SYSTEM_ID = Pattern.compile("[A-Za-z0-9._\\-]{1,64}");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final String TOKEN_PATH = "/Envelope/Header/Security/UsernameToken";

    @PersistenceContext(unitName = "edoc")
    private EntityManager entityManager;

    @EJB
    private Directory directory;

    @EJB
    private AuditLog audit;

    @Inject
    private RateLimiter rateLimiter;

    @Inject
    private KnownSystems known;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    @Inject
    @ConfigProperty(name = "edoc.systems.default-rate", defaultValue = "600")
    private int defaultRate;

    /**
     * The caller these credentials prove, checked in this order: a token at all, a known system with this secret,
     * active, with its TLS client certificate when it has one registered, within its rate.
     */
    public Caller authenticate(Credentials credentials) {
        if (credentials == null || blank(credentials.systemId()) || credentials.secret() == null) {
            throw new EdocException(ErrorCode.AUTHENTICATION_REQUIRED, TOKEN_PATH);
        }
        String systemId = credentials.systemId().strip();
        KnownSystem system = known.find(systemId, () -> entityManager.find(ConnectedSystem.class, systemId));
        // the digest is computed for an unknown id too, so that the answer's timing does not tell ids apart
        boolean secretMatches = Secrets.matches(credentials.secret(), system == null ? "" : system.secretSha256());
        if (system == null || !secretMatches) {
            throw new EdocException(ErrorCode.AUTHENTICATION_FAILED, TOKEN_PATH);
        }
        if (system.state() != SystemState.ACTIVE) {
            throw new EdocException(ErrorCode.SYSTEM_DISABLED, TOKEN_PATH, system.systemId());
        }
        if (system.certificateSha256() != null
                && !system.certificateSha256().equalsIgnoreCase(credentials.clientCertificateSha256())) {
            throw new EdocException(ErrorCode.CLIENT_CERTIFICATE_REQUIRED, null, system.systemId());
        }
        long wait = rateLimiter.secondsToWait(system.systemId(), system.requestsPerMinute());
        if (wait > 0) {
            throw new EdocException(ErrorCode.RATE_LIMITED, null, system.systemId(), system.requestsPerMinute(), wait);
        }
        return new Caller(system.systemId(), system.scopes());
    }

    /** Refuses (OFFICE_NOT_AUTHORIZED, at {@code path}) when the caller is not registered for the office. */
    public void requireActsFor(Caller caller, String officeCode, String path) {
        List<Scope> scopes = caller.scopes().stream().map(Scope::parse).toList();
        String code = officeCode == null ? null : officeCode.strip();
        // most systems act for * or for their own offices by code: every SOAP call checks this, so the directory is
        // asked only when a branch or a level decides (the load benchmark found these look-ups in every call)
        if (code != null && scopes.stream().anyMatch(s -> s.containsByCode(code))) {
            return;
        }
        if (code == null || !(directory.inAnyScope(code, scopes) || behindPeerOf(code, scopes))) {
            throw new EdocException(ErrorCode.OFFICE_NOT_AUTHORIZED, path, caller.systemId(), officeCode);
        }
    }

    /** A peer axis acts for the offices outside the directory that the peer routes send through it. */
    private boolean behindPeerOf(String code, List<Scope> scopes) {
        return scopes.stream().flatMap(s -> s.peerId().stream()).anyMatch(peer -> directory.routesThrough(code, peer));
    }

    /** Every connected system, by id. */
    public List<SystemView> list() {
        return entityManager
                .createNamedQuery(ConnectedSystem.ALL, ConnectedSystem.class)
                .getResultStream()
                .map(SystemView::of)
                .toList();
    }

    public SystemView find(String systemId) {
        return SystemView.of(existing(systemId, false));
    }

    /** Registers a new system and generates its secret, shown this once. */
    public IssuedSecret register(SystemRegistration registration, String operator) {
        String systemId =
                registration.systemId() == null ? "" : registration.systemId().strip();
        if (!SYSTEM_ID.matcher(systemId).matches()) {
            throw new EdocException(
                    ErrorCode.REQUEST_INVALID, "systemId", "systemId: 1 to 64 letters, digits, '.', '_', '-'");
        }
        if (entityManager.find(ConnectedSystem.class, systemId) != null) {
            throw new EdocException(ErrorCode.SYSTEM_EXISTS, "systemId", systemId);
        }
        String secret = Secrets.generate();
        ConnectedSystem system = new ConnectedSystem(systemId, Secrets.digest(secret), now());
        describe(system, registration);
        entityManager.persist(system);
        forgetOnceCommitted(systemId);
        audit.append(operator, "SYSTEM_REGISTERED", systemId, summary(system));
        return new IssuedSecret(systemId, secret);
    }

    /** Changes what an operator may change: name, scopes, rate, certificate, state. */
    public SystemView update(String systemId, SystemRegistration registration, String operator) {
        ConnectedSystem system = existing(systemId, true);
        describe(system, registration);
        forgetOnceCommitted(system.systemId());
        audit.append(operator, "SYSTEM_CHANGED", system.systemId(), summary(system));
        return SystemView.of(system);
    }

    /** A new secret for the system; the old one stops working at once. */
    public IssuedSecret newSecret(String systemId, String operator) {
        ConnectedSystem system = existing(systemId, true);
        String secret = Secrets.generate();
        system.newSecret(Secrets.digest(secret), now());
        forgetOnceCommitted(system.systemId());
        audit.append(operator, "SYSTEM_SECRET_ISSUED", system.systemId(), null);
        return new IssuedSecret(system.systemId(), secret);
    }

    /**
     * Drops the system from the authentication cache when this change is committed (a call meanwhile may have read
     * the row as it was), so that a disabled system or an old secret stops working at once on this server.
     */
    private void forgetOnceCommitted(String systemId) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before
            }

            @Override
            public void afterCompletion(int status) {
                known.forget(systemId);
            }
        });
    }

    private void describe(ConnectedSystem system, SystemRegistration registration) {
        String name = registration.name() == null ? "" : registration.name().strip();
        if (name.isEmpty() || name.length() > 200) {
            throw new EdocException(ErrorCode.REQUEST_INVALID, "name", "name: 1 to 200 characters");
        }
        List<String> scopes = scopes(registration.scopes());
        int rate = registration.requestsPerMinute() == null ? defaultRate : registration.requestsPerMinute();
        if (rate < 1 || rate > 1_000_000) {
            throw new EdocException(ErrorCode.REQUEST_INVALID, "requestsPerMinute", "requestsPerMinute: 1 to 1000000");
        }
        String certificate = registration.certificateSha256() == null
                        || registration.certificateSha256().isBlank()
                ? null
                : registration.certificateSha256().strip().toLowerCase(Locale.ROOT);
        if (certificate != null && !SHA256.matcher(certificate).matches()) {
            throw new EdocException(
                    ErrorCode.REQUEST_INVALID, "certificateSha256", "certificateSha256: 64 hexadecimal digits");
        }
        system.describe(name, scopes, rate, certificate);
        if (registration.state() != null) {
            system.moveTo(state(registration.state()));
        }
    }

    private static List<String> scopes(List<String> given) {
        if (given == null || given.isEmpty()) {
            throw new EdocException(ErrorCode.REQUEST_INVALID, "scopes", "scopes: at least one office scope");
        }
        for (String scope : given) {
            try {
                if (scope == null || scope.strip().length() > 60) {
                    throw new IllegalArgumentException("\"" + scope + "\": at most 60 characters");
                }
                Scope.parse(scope);
            } catch (IllegalArgumentException e) {
                throw new EdocException(ErrorCode.REQUEST_INVALID, "scopes", "scopes: " + e.getMessage());
            }
        }
        return given.stream().map(String::strip).toList();
    }

    private static SystemState state(String state) {
        try {
            return SystemState.valueOf(state.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new EdocException(ErrorCode.REQUEST_INVALID, "state", "state: ACTIVE or DISABLED");
        }
    }

    private ConnectedSystem existing(String systemId, boolean forUpdate) {
        ConnectedSystem system = systemId == null
                ? null
                : entityManager.find(
                        ConnectedSystem.class,
                        systemId,
                        forUpdate ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE);
        if (system == null) {
            throw new EdocException(ErrorCode.SYSTEM_NOT_FOUND, "systemId", systemId);
        }
        return system;
    }

    private static String summary(ConnectedSystem system) {
        return system.name() + "; scopes " + String.join(" ", system.scopes()) + "; " + system.requestsPerMinute()
                + "/min; " + system.state() + (system.certificateSha256() == null ? "" : "; TLS client certificate");
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
