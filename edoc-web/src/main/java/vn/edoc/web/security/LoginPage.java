package vn.edoc.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.edoc.error.EdocException;
import vn.edoc.error.ErrorCode;
import vn.edoc.web.Formats;
import vn.edoc.web.Pages;

/**
 * The login form: name and password checked by the identity store, then on to where the person was going; after too
 * many failed log-ins, until when logging in is locked.
 */
@Named("login")
@RequestScoped
public class LoginPage {
    @Inject
    private SecurityContext security;

    @Inject
    private CurrentUser me;

    private String username;
    private String password;
    private String next;

    public void login() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        AuthenticationStatus status = security.authenticate(
                (HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(username == null ? "" : username.strip(), password))
                        .newAuthentication(true));
        password = null;
        Object lockedUntil = ((HttpServletRequest) external.getRequest()).getAttribute(DeskAuthentication.LOCKED_UNTIL);
        if (status == AuthenticationStatus.SUCCESS) {
            Pages.redirect(safeNext().orElse(me.getHome()));
        } else if (lockedUntil instanceof java.time.Instant until) {
            Pages.refused(new EdocException(ErrorCode.LOGIN_LOCKED, null, Formats.dateTimeOf(until)));
        } else {
            Pages.fieldMissing(null, "login.failed");
        }
    }

    public void logout() throws ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        Pages.redirect("/login.xhtml");
    }

    /** Only a path of this application: never an address elsewhere (an open redirect). */
    private java.util.Optional<String> safeNext() {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(next);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
