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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
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
@Tag(
        name = "Hệ thống kết nối / Connected systems",
        description = "The register of connected systems (DMSs and peer axes): register, change, new secret")
@APIResponse(responseCode = "400", ref = AdminApi.REFUSED)
@APIResponse(responseCode = "401", ref = AdminApi.UNAUTHENTICATED)
@APIResponse(responseCode = "500", ref = AdminApi.INCIDENT)
@Path("systems")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SystemResource {
    @EJB
    private ConnectedSystems systems;

    @Context
    private SecurityContext security;

    @Operation(
            summary = "Liệt kê hệ thống / List connected systems",
            description =
                    "Every connected system with its offices, protocols, rate, policies and state; never its secret.")
    @APIResponse(responseCode = "200", description = "The systems")
    @GET
    public List<SystemView> list() {
        return systems.list();
    }

    @Operation(
            summary = "Xem hệ thống / One connected system",
            description = "One connected system by id; never its secret. Refusals: SYSTEM_NOT_FOUND.")
    @APIResponse(responseCode = "200", description = "The system")
    @GET
    @Path("{id}")
    public SystemView find(@PathParam("id") String id) {
        return systems.find(id);
    }

    /** Registers a system: 201 with its id and its secret, which is not shown again. */
    @Operation(
            summary = "Đăng ký hệ thống / Register a system",
            description =
                    "Registers a connected system (JSON: id, name, scopes, protocols, rate, certificate, policies); answers 201 with its id and its secret, which is never shown again. Audited. Refusals: SYSTEM_EXISTS, REQUEST_INVALID (a field named).")
    @APIResponse(responseCode = "201", description = "The system's id and its secret")
    @POST
    public Response register(SystemRegistration registration) {
        IssuedSecret issued = systems.register(required(registration), operator());
        return Response.status(Response.Status.CREATED).entity(issued).build();
    }

    @Operation(
            summary = "Sửa hệ thống / Change a system",
            description =
                    "Changes a system's offices, protocols, rate, certificate, policies or state (disabled systems are refused at once). Audited. Refusals: SYSTEM_NOT_FOUND, REQUEST_INVALID.")
    @APIResponse(responseCode = "200", description = "The system as changed")
    @PUT
    @Path("{id}")
    public SystemView update(@PathParam("id") String id, SystemRegistration registration) {
        return systems.update(id, required(registration), operator());
    }

    /** A new secret; the old one stops working at once. */
    @Operation(
            summary = "Cấp khóa bí mật mới / Issue a new secret",
            description =
                    "A new secret for the system, answered once; the old one stops working at once. Audited. Refusals: SYSTEM_NOT_FOUND.")
    @APIResponse(responseCode = "200", description = "The new secret")
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
