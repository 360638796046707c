package vn.edoc.web.admin;

import jakarta.ejb.EJB;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;
import vn.edoc.audit.AuditAction;
import vn.edoc.audit.boundary.AuditLog;
import vn.edoc.error.EdocException;
import vn.edoc.error.ErrorCode;

/**
 * Refuses a forged cross-site change to the operators' API. A browser that holds an operator's Basic credentials
 * sends them with any request a hostile page makes it send; such a page can only send, without the browser asking the
 * axis first, a form body ({@code application/x-www-form-urlencoded}, {@code multipart/form-data}, {@code
 * text/plain}), and every request it makes that changes something carries its own {@code Origin} (or at least a
 * {@code Referer}). So a change (any method but GET, HEAD, OPTIONS) is refused with {@link
 * ErrorCode#CROSS_SITE_REQUEST} and 403 when its body is of a form's type, or when it names an origin other than the
 * axis's own (or one of {@code edoc.web.allowed-origins}, for a proxy that changes the scheme or host). A script or
 * {@code curl} sends neither header and its real content type, and passes. Each refusal is audited.
 */
@Provider
@PreMatching // before a resource is chosen: a form's body type must meet this refusal, not a 415
public class CrossSiteRequests implements ContainerRequestFilter {
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final List<MediaType> FORM_TYPES = List.of(
            MediaType.APPLICATION_FORM_URLENCODED_TYPE, MediaType.MULTIPART_FORM_DATA_TYPE, MediaType.TEXT_PLAIN_TYPE);

    @Context
    private HttpHeaders headers;

    @EJB
    private AuditLog audit;

    @Override
    public void filter(ContainerRequestContext request) {
        if (SAFE_METHODS.contains(request.getMethod())) {
            return;
        }
        String reason = reasonToRefuse(request);
        if (reason == null) {
            return;
        }
        String operator = request.getSecurityContext().getUserPrincipal() == null
                ? null
                : request.getSecurityContext().getUserPrincipal().getName();
        audit.append(
                operator == null ? "anonymous" : operator,
                AuditAction.CROSS_SITE_REFUSED,
                request.getUriInfo().getRequestUri().getPath(),
                request.getMethod() + "; " + reason);
        Locale locale = Languages.of(headers);
        EdocException refusal = new EdocException(ErrorCode.CROSS_SITE_REQUEST, null, reason);
        request.abortWith(Response.status(Response.Status.FORBIDDEN)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(Refusal.of(refusal, locale))
                .build());
    }

    /** Why the change looks forged, or {@code null}. */
    private String reasonToRefuse(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        if (type != null && FORM_TYPES.stream().anyMatch(form -> form.isCompatible(type))) {
            return "Content-Type " + type.getType() + "/" + type.getSubtype();
        }
        String own = originOf(request.getUriInfo().getBaseUri().toString());
        String origin = request.getHeaderString("Origin");
        if (origin != null) {
            return isOwn(origin, own) ? null : "Origin " + printable(origin);
        }
        String referer = request.getHeaderString("Referer");
        if (referer != null && !isOwn(originOf(referer), own)) {
            return "Referer " + printable(originOf(referer));
        }
        return null;
    }

    private static boolean isOwn(String origin, String own) {
        if (origin == null) {
            return false;
        }
        return origin.equalsIgnoreCase(own) || allowedOrigins().stream().anyMatch(origin::equalsIgnoreCase);
    }

    /**
     * Read for each refused-or-not change rather than injected: Jersey builds its providers itself and failed the
     * deployment on an injected {@code Optional<List<String>>}.
     */
    private static List<String> allowedOrigins() {
        return ConfigProvider.getConfig()
                .getOptionalValues("edoc.web.allowed-origins", String.class)
                .orElse(List.of());
    }

    /** scheme://host[:port] of a URL, or {@code null} when it is not one ("null" is a sandboxed page's origin). */
    static String originOf(String url) {
        try {
            URI parsed = new URI(url);
            if (parsed.getScheme() == null || parsed.getHost() == null) {
                return null;
            }
            String scheme = parsed.getScheme().toLowerCase(Locale.ROOT);
            int port = parsed.getPort();
            // a browser leaves the scheme's own port out of Origin
            boolean defaultPort =
                    port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
            return scheme + "://" + parsed.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    /** A header's value for a message and the audit: short, printable. */
    private static String printable(String value) {
        if (value == null) {
            return "null";
        }
        String shown = value.replaceAll("[^\\x20-\\x7e]", "?");
        return shown.length() > 100 ? shown.substring(0, 100) + "…" : shown;
    }
}
