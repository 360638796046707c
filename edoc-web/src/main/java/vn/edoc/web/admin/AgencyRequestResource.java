package vn.edoc.web.admin;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.edoc.directory.boundary.AgencyRequestView;
import vn.edoc.directory.boundary.AgencyRequests;

/**
 * Requests of connected systems to change the directory (the national protocol's {@code registerAgency} and {@code
 * deleteAgency}): operators list them and approve (the office is added, or dissolved, with every check of an import)
 * or reject them.
 */
@Tag(
        name = "Đăng ký cơ quan / Agency requests",
        description =
                "Registrations of agencies that DMSs ask for over the national protocol (registerAgency), for an operator to approve or reject")
@APIResponse(responseCode = "400", ref = AdminApi.REFUSED)
@APIResponse(responseCode = "401", ref = AdminApi.UNAUTHENTICATED)
@APIResponse(responseCode = "500", ref = AdminApi.INCIDENT)
@Path("directory/requests")
@Produces(MediaType.APPLICATION_JSON)
public class AgencyRequestResource {
    @EJB
    private AgencyRequests requests;

    @Context
    private SecurityContext security;

    /** The requests in a state (PENDING by default), oldest first. */
    @Operation(
            summary = "Liệt kê yêu cầu đăng ký / List agency requests",
            description =
                    "The requests in a state (query `state`: PENDING by default, APPROVED, REJECTED), oldest first. Refusals: REQUEST_INVALID (unknown state).")
    @APIResponse(responseCode = "200", description = "The requests")
    @GET
    public List<AgencyRequestView> list(@QueryParam("state") String state) {
        return requests.inState(state);
    }

    /** Applies a waiting request; a new office's level and kind default from its parent. */
    @Operation(
            summary = "Duyệt yêu cầu / Approve a request",
            description =
                    "Applies a waiting request to the directory (a new directory revision); a new office's level and kind default from its parent, the body may set them. Audited. Refusals: AGENCY_REQUEST_NOT_FOUND (none, or decided already), OFFICE_UNKNOWN (its parent), the directory file's codes.")
    @APIResponse(responseCode = "200", description = "The request, approved")
    @POST
    @Path("{id}/approve")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    public AgencyRequestView approve(@PathParam("id") long id, Decision decision) {
        Decision given = decision == null ? new Decision() : decision;
        return requests.approve(id, given.level, given.kind, operator());
    }

    @Operation(
            summary = "Từ chối yêu cầu / Reject a request",
            description =
                    "Rejects a waiting request; nothing changes in the directory. Audited. Refusals: AGENCY_REQUEST_NOT_FOUND (none, or decided already).")
    @APIResponse(responseCode = "200", description = "The request, rejected")
    @POST
    @Path("{id}/reject")
    public AgencyRequestView reject(@PathParam("id") long id) {
        return requests.reject(id, operator());
    }

    private String operator() {
        return security.getUserPrincipal().getName();
    }

    /** What an operator may add when approving a registration. */
    public static class Decision {
        public String level;
        public String kind;
    }
}
