package vn.edoc.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The headers every answer of the web UI and the operators' API carries, so that a browser does not make more of it
 * than it is: no guessing a download's type ({@code nosniff}), no framing by another site, no referrer sent
 * elsewhere, and a Content-Security-Policy that keeps scripts, styles, frames and form targets on this axis. Scripts
 * written in the page stay allowed ({@code 'unsafe-inline'}): PrimeFaces and Faces write their handlers so; the
 * policy still stops a page from loading or posting anything from or to another site. The policy is a setting
 * ({@code edoc.web.content-security-policy}) for a deployment that serves the pages through a proxy adding its own.
 */
@WebFilter(filterName = "SecurityHeaders", urlPatterns = "/*")
public class SecurityHeaders extends HttpFilter {
    private static final long serialVersionUID = 1L;

    static final String DEFAULT_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval';"
            + " style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:;"
            + " connect-src 'self'; frame-src 'self' blob:; object-src 'none'; frame-ancestors 'self';"
            + " base-uri 'self'; form-action 'self'";

    @Inject
    @ConfigProperty(name = "edoc.web.content-security-policy", defaultValue = DEFAULT_POLICY)
    private String policy;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("Referrer-Policy", "same-origin");
        if (!policy.isBlank()) {
            response.setHeader("Content-Security-Policy", policy);
        }
        chain.doFilter(request, response);
    }
}
