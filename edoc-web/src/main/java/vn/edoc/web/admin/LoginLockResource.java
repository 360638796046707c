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
import vn.edoc.desk.boundary.LoginFailureView;
import vn.edoc.desk.boundary.LoginThrottle;

/**
 * Failed log-ins in a row per account name ({@code ACCOUNT}) and per client address ({@code ADDRESS}), the latest
 * first, and the operator's unlock of one before its lock ends (audited as {@code LOGIN_UNLOCKED}).
 */
@Path("login-locks")
@Produces(MediaType.APPLICATION_JSON)
public class LoginLockResource {
    private static final int MAX = 1_000;

    @EJB
    private LoginThrottle throttle;

    @Context
    private SecurityContext security;

    @GET
    public List<LoginFailureView> latest(@QueryParam("max") @DefaultValue("100") int max) {
        return throttle.latest(Math.max(1, Math.min(MAX, max)));
    }

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
