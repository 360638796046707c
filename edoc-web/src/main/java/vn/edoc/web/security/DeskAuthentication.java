package vn.edoc.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import vn.edoc.desk.boundary.LoginThrottle;
import vn.edoc.error.EdocException;
import vn.edoc.error.ErrorCode;
import vn.edoc.web.Formats;

/**
 * The one authentication mechanism of the web module, for its two kinds of clients: the pages log in through the login
 * form (which calls {@code SecurityContext.authenticate}) and stay logged in for the HTTP session; the operators' API
 * ({@code /api/*}) takes HTTP Basic on every call and keeps no session. Both check the same identity store, and both
 * go through the same {@link LoginThrottle}: a name or address locked after failed log-ins is refused before its
 * password is checked (the form says until when; the API answers 429 with {@code Retry-After}).
 */
@ApplicationScoped
public class DeskAuthentication implements HttpAuthenticationMechanism {
    @Inject
    private Clock clock;

    static final String SESSION_KEY = SignedIn.class.getName();
    /** The request attribute that holds the end of the lock that refused a log-in. */
    static final String LOCKED_UNTIL = "vn.edoc.login.lockedUntil";

    private static final String LOGIN_PAGE = "/login.xhtml";

    @Inject
    private IdentityStoreHandler identityStores;

    @Inject
    private BasicCredentials basicCredentials;

    @EJB
    private LoginThrottle throttle;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            return basic(request, response, context);
        }
        Credential given = context.getAuthParameters().getCredential();
        if (given != null) {
            return login(request, context, given);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_KEY) instanceof SignedIn signedIn) {
            return context.notifyContainerAboutLogin(signedIn.username(), signedIn.groups());
        }
        if (context.isProtected()) {
            String next =
                    request.getRequestURI().substring(request.getContextPath().length());
            return context.redirect(request.getContextPath() + LOGIN_PAGE + "?next="
                    + java.net.URLEncoder.encode(next, StandardCharsets.UTF_8));
        }
        return context.doNothing();
    }

    private AuthenticationStatus login(HttpServletRequest request, HttpMessageContext context, Credential given) {
        String name = given instanceof UsernamePasswordCredential password ? password.getCaller() : "";
        Optional<CredentialValidationResult> checked = checked(request, name, () -> identityStores.validate(given));
        if (checked.isEmpty() || checked.get().getStatus() != CredentialValidationResult.Status.VALID) {
            // no error page: the login form shows its own message (LoginPage reads LOCKED_UNTIL)
            return AuthenticationStatus.SEND_FAILURE;
        }
        CredentialValidationResult result = checked.get();
        request.getSession(true);
        request.changeSessionId(); // a session id known before the login is worth nothing after it
        request.getSession()
                .setAttribute(
                        SESSION_KEY, new SignedIn(result.getCallerPrincipal().getName(), result.getCallerGroups()));
        return context.notifyContainerAboutLogin(result);
    }

    private AuthenticationStatus basic(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Optional<UsernamePasswordCredential> credential = basicCredential(request);
        if (credential.isEmpty()) {
            return context.isProtected() ? challenge(response, context) : context.doNothing();
        }
        UsernamePasswordCredential given = credential.get();
        Optional<CredentialValidationResult> remembered = basicCredentials.remembered(given);
        if (remembered.isPresent()) {
            return context.notifyContainerAboutLogin(remembered.get());
        }
        Optional<CredentialValidationResult> checked =
                checked(request, given.getCaller(), () -> basicCredentials.validate(given, identityStores));
        if (checked.isEmpty()) {
            return locked(request, response);
        }
        if (checked.get().getStatus() != CredentialValidationResult.Status.VALID) {
            return challenge(response, context);
        }
        return context.notifyContainerAboutLogin(checked.get());
    }

    /**
     * The password checked by {@code check} unless the name or the client's address is locked after failed log-ins
     * (empty then, the lock's end in the request's {@link #LOCKED_UNTIL}); a failure is counted, a success ends the
     * counts.
     */
    private Optional<CredentialValidationResult> checked(
            HttpServletRequest request, String name, Supplier<CredentialValidationResult> check) {
        String address = request.getRemoteAddr();
        Optional<Instant> locked = throttle.lockedUntil(name, address);
        if (locked.isPresent()) {
            request.setAttribute(LOCKED_UNTIL, locked.get());
            return Optional.empty();
        }
        CredentialValidationResult result = check.get();
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            throttle.succeeded(name, address);
        } else {
            throttle.failed(name, address).ifPresent(until -> request.setAttribute(LOCKED_UNTIL, until));
        }
        return Optional.of(result);
    }

    /** 429 with the time the lock ends, as a coded refusal in the caller's language. */
    private AuthenticationStatus locked(HttpServletRequest request, HttpServletResponse response) {
        Instant until = (Instant) request.getAttribute(LOCKED_UNTIL);
        EdocException refusal = new EdocException(ErrorCode.LOGIN_LOCKED, null, Formats.dateTimeOf(until));
        Locale locale = "en".equals(request.getLocale().getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("vi");
        try {
            response.setStatus(429);
            response.setHeader(
                    "Retry-After",
                    Long.toString(Math.max(
                            1, Duration.between(Instant.now(clock), until).toSeconds())));
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter()
                    .write(Json.createObjectBuilder()
                            .add("code", refusal.code().name())
                            .add("message", refusal.message(locale))
                            .build()
                            .toString());
            response.flushBuffer();
        } catch (IOException e) {
            // the client went away: nothing to answer
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static AuthenticationStatus challenge(HttpServletResponse response, HttpMessageContext context) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"edoc\", charset=\"UTF-8\"");
        return context.responseUnauthorized();
    }

    private static Optional<UsernamePasswordCredential> basicCredential(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        return colon < 0
                ? Optional.empty()
                : Optional.of(
                        new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1)));
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SESSION_KEY);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }
}
