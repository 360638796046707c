package vn.edoc.web.admin;

import jakarta.ejb.EJB;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.edoc.desk.boundary.LoginFailureView;
import vn.edoc.desk.boundary.LoginThrottle;

/**
 * Failed log-ins in a row per account name ({@code ACCOUNT}) and per client address ({@code ADDRESS}), the latest
 * first, and the operator's unlock of one before its lock ends (audited as {@code LOGIN_UNLOCKED}).
 */
@Tag(
        name = "Khóa đăng nhập / Log-in locks",
        description = "Failed log-ins in a row per account and per address, and unlocking one")
@APIResponse(responseCode = "400", ref = AdminApi.REFUSED)
@APIResponse(responseCode = "401", ref = AdminApi.UNAUTHENTICATED)
@APIResponse(responseCode = "500", ref = AdminApi.INCIDENT)
@Path("login-locks")
@Produces(MediaType.APPLICATION_JSON)
public class LoginLockResource {
    private static final int MAX = 1_000;

    @EJB
    private LoginThrottle throttle;

    @Context
    private SecurityContext security;

    @Operation(
            summary = "Đăng nhập sai gần đây / Latest failed log-ins",
            description =
                    "Failed log-ins in a row per account name (ACCOUNT) and per client address (ADDRESS), the latest first, at most `max` (100, up to 1000), with the lock each started.")
    @APIResponse(responseCode = "200", description = "The counts and locks")
    @GET
    public List<LoginFailureView> latest(@QueryParam("max") @DefaultValue("100") int max) {
        return throttle.latest(Math.max(1, Math.min(MAX, max)));
    }

    @Operation(
            summary = "Mở khóa đăng nhập / Unlock a log-in",
            description =
                    "Ends the lock of an account name or a client address before its time; the count starts again. Audited as LOGIN_UNLOCKED. Refusals: NOT FOUND (404) for an empty name.")
    @APIResponse(responseCode = "204", description = "Unlocked")
    @DELETE
    @Path("{kind: ACCOUNT|ADDRESS}/{name}")
    public Response unlock(@PathParam("kind") String kind, @PathParam("name") String name) {
        if (name == null || name.isBlank()) {
            throw new NotFoundException();
        }
        throttle.unlock(kind, name, security.getUserPrincipal().getName());
        return Response.noContent().build();
    }
}
