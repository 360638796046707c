package vn.edoc.web.admin;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import vn.edoc.error.EdocException;
import vn.edoc.error.ErrorCode;
import vn.edoc.systems.boundary.ConnectedSystems;
import vn.edoc.systems.boundary.IssuedSecret;
import vn.edoc.systems.boundary.SystemRegistration;
import vn.edoc.systems.boundary.SystemView;

/**
 * The register of connected systems: operators register a document-management system (its secret is answered once),
 * change its offices, rate, certificate or state, and issue it a new secret.
 */
@Path("systems")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SystemResource {
    @EJB
    private ConnectedSystems systems;

    @Context
    private SecurityContext security;

    @GET
    public List<SystemView> list() {
        return systems.list();
    }

    @GET
    @Path("{id}")
    public SystemView find(@PathParam("id") String id) {
        return systems.find(id);
    }

    /** Registers a system: 201 with its id and its secret, which is not shown again. */
    @POST
    public Response register(SystemRegistration registration) {
        IssuedSecret issued = systems.register(required(registration), operator());
        return Response.status(Response.Status.CREATED).entity(issued).build();
    }

    @PUT
    @Path("{id}")
    public SystemView update(@PathParam("id") String id, SystemRegistration registration) {
        return systems.update(id, required(registration), operator());
    }

    /** A new secret; the old one stops working at once. */
    @POST
    @Path("{id}/secret")
    public IssuedSecret newSecret(@PathParam("id") String id) {
        return systems.newSecret(id, operator());
    }

    private static SystemRegistration required(SystemRegistration registration) {
        if (registration == null) {
            throw new EdocException(ErrorCode.REQUEST_INVALID, null, "a JSON body describing the system");
        }
        return registration;
    }

    private String operator() {
        return security.getUserPrincipal().getName();
    }
}
