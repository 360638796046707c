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
import vn.edoc.signing.boundary.PinAttempts;
import vn.edoc.signing.boundary.PinLockView;

/**
 * The wrong PINs given for the leaders' keys, per asker ({@code *}: all askers together), and the operator's unlock of
 * a key before its lock ends (audited as {@code PIN_UNLOCKED}).
 */
@Path("pin-locks")
@Produces(MediaType.APPLICATION_JSON)
public class PinLockResource {
    @EJB
    private PinAttempts attempts;

    @Context
    private SecurityContext security;

    @GET
    public List<PinLockView> list() {
        return attempts.counting();
    }

    @DELETE
    @Path("{leaderId}")
    public Response unlock(@PathParam("leaderId") String leaderId) {
        attempts.unlock(leaderId, security.getUserPrincipal().getName());
        return Response.noContent().build();
    }
}
