package vn.edoc.web.admin;

import jakarta.ejb.EJB;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.edoc.signing.boundary.PinAttempts;
import vn.edoc.signing.boundary.PinLockView;

/**
 * The wrong PINs given for the leaders' keys, per asker ({@code *}: all askers together), and the operator's unlock of
 * a key before its lock ends (audited as {@code PIN_UNLOCKED}).
 */
@Tag(name = "Khóa PIN / PIN locks", description = "Wrong PINs given for the leaders' keys, and unlocking a key")
@APIResponse(responseCode = "400", ref = AdminApi.REFUSED)
@APIResponse(responseCode = "401", ref = AdminApi.UNAUTHENTICATED)
@APIResponse(responseCode = "500", ref = AdminApi.INCIDENT)
@Path("pin-locks")
@Produces(MediaType.APPLICATION_JSON)
public class PinLockResource {
    @EJB
    private PinAttempts attempts;

    @Context
    private SecurityContext security;

    @Operation(
            summary = "Khóa PIN / PIN counts and locks",
            description = "Every leader's key with wrong PINs counted or locked, per asker (`*`: all askers together).")
    @APIResponse(responseCode = "200", description = "The counts and locks")
    @GET
    public List<PinLockView> list() {
        return attempts.counting();
    }

    @Operation(
            summary = "Mở khóa PIN / Unlock a leader's key",
            description =
                    "Unlocks the leader's key for every asker before its lock ends; the counts start again. Audited as PIN_UNLOCKED.")
    @APIResponse(responseCode = "204", description = "Unlocked")
    @DELETE
    @Path("{leaderId}")
    public Response unlock(@PathParam("leaderId") String leaderId) {
        attempts.unlock(leaderId, security.getUserPrincipal().getName());
        return Response.noContent().build();
    }
}
