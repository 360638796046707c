package vn.edoc.systems.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.edoc.audit.AuditAction;
import vn.edoc.audit.boundary.AuditLog;
import vn.edoc.directory.boundary.Directory;
import vn.edoc.directory.control.Scope;
import vn.edoc.error.EdocException;
import vn.edoc.error.ErrorCode;
import vn.edoc.systems.Caller;
import vn.edoc.systems.Credentials;
import vn.edoc.systems.Credentials.Password;
import vn.edoc.systems.Protocol;
import vn.edoc.systems.SignedHeaders;
import vn.edoc.systems.SystemState;
import vn.edoc.systems.control.HeaderSignature;
import vn.edoc.systems.control.KnownSystems;
import vn.edoc.systems.control.KnownSystems.KnownSystem;
import vn.edoc.systems.control.RateLimiter;
import vn.edoc.systems.control.RegistrationChecks;
import vn.edoc.systems.control.SecretSealer;
import vn.edoc.systems.control.Secrets;
import vn.edoc.systems.control.TokenDigest;
import vn.edoc.systems.control.UsedNonces;
import vn.edoc.systems.entity.ConnectedSystem;

/**
 * Who may call the axis: authenticates a call's credentials, checks the offices it acts for, and keeps the register
 * of connected systems that operators manage.
 */
@Stateless
public class ConnectedSystems {
    @Inject
    private Clock clock;

    private static final Pattern SYSTEM_ID = Pattern.compile("[A-Za-z0-9._\\-]{1,64}");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final String TOKEN_PATH = "/Envelope/Header/Security/UsernameToken";
    private static final String VXP_HEADERS = "XroadVnpt-sign-header";
    /** How far ahead of this server's clock a token's Created may be: clocks of two machines differ a little. */
    private static final Duration SKEW = Duration.ofSeconds(60);
    /** Keys the HMAC of a call naming no VXP system: the same work as a real check, and it never verifies. */
    private static final String UNKNOWN_SYSTEM_KEY = Secrets.generate();

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

    @Inject
    private SecretSealer sealer;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    @Inject
    private UsedNonces usedNonces;

    @Inject
    @ConfigProperty(name = "edoc.systems.default-rate", defaultValue = "600")
    private int defaultRate;

    /** How old a token's Created may be (seconds); its nonce is remembered that long and a little more. */
    @Inject
    @ConfigProperty(name = "edoc.ws.token-window-seconds", defaultValue = "300")
    private long tokenWindowSeconds;

    /** Whether a PasswordText token is accepted on a call without TLS (a trusted network, a TLS-ending proxy). */
    @Inject
    @ConfigProperty(name = "edoc.ws.password-text-without-tls", defaultValue = "false")
    private boolean passwordTextWithoutTls;

    /**
     * The caller these credentials prove, checked in this order: a token at all; a PasswordText only over TLS (unless
     * the operator allows it); a PasswordDigest with its Nonce and Created; a token with a Created within the window;
     * a known system with this secret; a nonce not used before; active, with its TLS client certificate when it has
     * one registered, within its rate.
     */
    public Caller authenticate(Credentials credentials) {
        Password password = credentials == null ? null : credentials.password();
        if (password == null || blank(credentials.systemId()) || password.value() == null) {
            throw new EdocException(ErrorCode.AUTHENTICATION_REQUIRED, TOKEN_PATH);
        }
        if (!password.digest() && !credentials.overTls() && !passwordTextWithoutTls) {
            throw new EdocException(ErrorCode.PASSWORD_TEXT_NEEDS_TLS, TOKEN_PATH + "/Password");
        }
        Freshness freshness = freshness(password);
        String systemId = credentials.systemId().strip();
        KnownSystem system = known.find(systemId, () -> entityManager.find(ConnectedSystem.class, systemId));
        // the proof is computed for an unknown id too, so that the answer's timing does not tell ids apart
        if (system == null || !proves(system, password, freshness)) {
            throw new EdocException(ErrorCode.AUTHENTICATION_FAILED, TOKEN_PATH);
        }
        if (freshness != null
                && !usedNonces.firstUse(
                        systemId,
                        freshness.nonce(),
                        freshness.created().plus(tokenWindow().plus(SKEW)))) {
            throw new EdocException(ErrorCode.TOKEN_REPLAYED, TOKEN_PATH + "/Nonce");
        }
        return admitted(system, Protocol.SOAP, TOKEN_PATH, credentials.clientCertificateSha256());
    }

    /** A token's nonce and time, checked; null for a PasswordText token without them (nothing to check then). */
    private Freshness freshness(Password password) {
        if (!password.digest() && password.nonce() == null && password.created() == null) {
            return null;
        }
        byte[] nonce = TokenDigest.nonce(password.nonce())
                .orElseThrow(() -> new EdocException(ErrorCode.TOKEN_INVALID, TOKEN_PATH + "/Nonce"));
        Instant created = TokenDigest.created(password.created())
                .orElseThrow(() -> new EdocException(ErrorCode.TOKEN_INVALID, TOKEN_PATH + "/Created"));
        if (!TokenDigest.withinWindow(created, Instant.now(clock), tokenWindow(), SKEW)) {
            throw new EdocException(
                    ErrorCode.TOKEN_EXPIRED, TOKEN_PATH + "/Created", password.created(), tokenWindowSeconds);
        }
        return new Freshness(nonce, created);
    }

    /** Whether the password proves the system's secret; a digest needs the secret itself, kept sealed. */
    private boolean proves(KnownSystem system, Password password, Freshness freshness) {
        if (!password.digest()) {
            return Secrets.matches(password.value(), system == null ? "" : system.secretSha256());
        }
        String secret = system == null || system.secretSealed() == null
                ? null
                : sealer.open(system.systemId(), system.secretSealed()).orElse(null);
        boolean matches = TokenDigest.matches(
                secret == null ? UNKNOWN_SYSTEM_KEY : secret,
                freshness.nonce(),
                password.created().strip(),
                password.value());
        return secret != null && matches;
    }

    private Duration tokenWindow() {
        return Duration.ofSeconds(tokenWindowSeconds);
    }

    /** Nonces whose tokens are past the window are refused by their Created alone: their rows can go. */
    @Schedule(hour = "*", minute = "*", persistent = false)
    void forgetUsedNonces() {
        usedNonces.forgetExpired(Instant.now(clock));
    }

    private record Freshness(byte[] nonce, Instant created) {}

    /**
     * The caller a national-protocol (VXP) call proves, checked in this order: the system id and signed headers at
     * all, a known VXP system whose secret signs them ({@link HeaderSignature}), active, with its TLS client
     * certificate when it has one registered, within its rate. Which of id and signature is wrong is not said.
     */
    public Caller authenticate(SignedHeaders headers, String clientCertificateSha256) {
        if (headers == null || blank(headers.systemId()) || blank(headers.signedText()) || blank(headers.hmacHex())) {
            throw new EdocException(ErrorCode.AUTHENTICATION_REQUIRED, VXP_HEADERS);
        }
        String systemId = headers.systemId().strip();
        KnownSystem system = known.find(systemId, () -> entityManager.find(ConnectedSystem.class, systemId));
        String secret = system == null || system.secretSealed() == null
                ? null
                : sealer.open(system.systemId(), system.secretSealed()).orElse(null);
        // the HMAC is computed for an unknown id too, so that the answer's timing does not tell ids apart
        boolean signed = HeaderSignature.verifies(
                secret == null ? UNKNOWN_SYSTEM_KEY : secret, headers.signedText(), headers.hmacHex());
        if (secret == null || !signed) {
            throw new EdocException(ErrorCode.AUTHENTICATION_FAILED, VXP_HEADERS);
        }
        return admitted(system, Protocol.VXP, VXP_HEADERS, clientCertificateSha256);
    }

    /** An authenticated system's call, if it may make it now: registered for the protocol, active, within rate. */
    private Caller admitted(KnownSystem system, Protocol protocol, String path, String clientCertificateSha256) {
        if (!system.protocols().contains(protocol)) {
            throw new EdocException(ErrorCode.PROTOCOL_NOT_ALLOWED, path, system.systemId(), protocol.name());
        }
        if (system.state() != SystemState.ACTIVE) {
            throw new EdocException(ErrorCode.SYSTEM_DISABLED, path, system.systemId());
        }
        if (system.certificateSha256() != null
                && !system.certificateSha256().equalsIgnoreCase(clientCertificateSha256)) {
            throw new EdocException(ErrorCode.CLIENT_CERTIFICATE_REQUIRED, null, system.systemId());
        }
        long wait = rateLimiter.secondsToWait(system.systemId(), system.requestsPerMinute());
        if (wait > 0) {
            throw new EdocException(ErrorCode.RATE_LIMITED, null, system.systemId(), system.requestsPerMinute(), wait);
        }
        return new Caller(
                system.systemId(),
                system.scopes(),
                system.envelopeSignatures(),
                system.packetReading(),
                system.pdfSignatures());
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

    /**
     * Registers a new system with the secret it brings (a DMS moving over from the national axis keeps its settings)
     * or one generated here, which is then shown this once.
     */
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
        String given = RegistrationChecks.givenSecret(registration.secret());
        String secret = given != null ? given : Secrets.generate();
        ConnectedSystem system = new ConnectedSystem(systemId, Secrets.digest(secret), now());
        describe(system, registration);
        system.newSecret(Secrets.digest(secret), sealed(system, secret), now());
        entityManager.persist(system);
        forgetOnceCommitted(systemId);
        audit.append(
                operator,
                AuditAction.SYSTEM_REGISTERED,
                systemId,
                summary(system) + (given != null ? "; secret given" : ""));
        return new IssuedSecret(systemId, given != null ? null : secret);
    }

    /**
     * The secret sealed for its row, when the axis has a sealing key: VXP's HMAC and a SOAP PasswordDigest both need
     * the secret itself. Without the key (then VXP is refused) a SOAP system keeps only the digest and PasswordText.
     */
    private String sealed(ConnectedSystem system, String secret) {
        return sealer.isConfigured() ? sealer.seal(system.systemId(), secret) : null;
    }

    /** Changes what an operator may change: name, scopes, rate, certificate, state. */
    public SystemView update(String systemId, SystemRegistration registration, String operator) {
        ConnectedSystem system = existing(systemId, true);
        describe(system, registration);
        forgetOnceCommitted(system.systemId());
        audit.append(operator, AuditAction.SYSTEM_CHANGED, system.systemId(), summary(system));
        return SystemView.of(system);
    }

    /** A new secret for the system; the old one stops working at once. */
    public IssuedSecret newSecret(String systemId, String operator) {
        ConnectedSystem system = existing(systemId, true);
        String secret = Secrets.generate();
        system.newSecret(Secrets.digest(secret), sealed(system, secret), now());
        forgetOnceCommitted(system.systemId());
        audit.append(operator, AuditAction.SYSTEM_SECRET_ISSUED, system.systemId(), null);
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
        List<String> scopes = RegistrationChecks.scopes(registration.scopes());
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
            system.moveTo(RegistrationChecks.state(registration.state()));
        }
        boolean hadVxp = system.protocols().contains(Protocol.VXP);
        system.connect(
                RegistrationChecks.protocols(registration.protocols(), system.protocols()),
                RegistrationChecks.envelopeSignatures(registration.envelopeSignatures(), system.envelopeSignatures()));
        system.readPackets(RegistrationChecks.packetReading(registration.packetReading(), system.packetReading()));
        system.askPdfSignatures(RegistrationChecks.pdfSignatures(registration.pdfSignatures(), system.pdfSignatures()));
        if (system.protocols().contains(Protocol.VXP) && !sealer.isConfigured()) {
            throw new EdocException(ErrorCode.SECRETS_NOT_CONFIGURED, "protocols");
        }
        if (!hadVxp && system.protocols().contains(Protocol.VXP) && system.secretSealed() == null && isKept(system)) {
            // the axis kept only the digest of the secret it has: the HMAC needs a new one, kept sealed
            throw new EdocException(
                    ErrorCode.REQUEST_INVALID,
                    "protocols",
                    "protocols: VXP needs a new secret (POST systems/ID/secret)");
        }
    }

    private boolean isKept(ConnectedSystem system) {
        return entityManager.contains(system);
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
                + "/min; " + system.state() + (system.certificateSha256() == null ? "" : "; TLS client certificate")
                + "; " + system.protocols() + "; envelope signatures " + system.envelopeSignatures() + "; reading "
                + system.packetReading() + "; PDF signatures " + system.pdfSignatures();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }
}
