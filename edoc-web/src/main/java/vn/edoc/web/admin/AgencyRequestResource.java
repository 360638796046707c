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
import vn.edoc.directory.boundary.AgencyRequestView;
import vn.edoc.directory.boundary.AgencyRequests;

/**
 * Requests of connected systems to change the directory (the national protocol's {@code registerAgency} and {@code
 * deleteAgency}): operators list them and approve (the office is added, or dissolved, with every check of an import)
 * or reject them.
 */
@Path("directory/requests")
@Produces(MediaType.APPLICATION_JSON)
public class AgencyRequestResource {
    @EJB
    private AgencyRequests requests;

    @Context
    private SecurityContext security;

    /** The requests in a state (PENDING by default), oldest first. */
    @GET
    public List<AgencyRequestView> list(@QueryParam("state") String state) {
        return requests.inState(state);
    }

    /** Applies a waiting request; a new office's level and kind default from its parent. */
    @POST
    @Path("{id}/approve")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    public AgencyRequestView approve(@PathParam("id") long id, Decision decision) {
        Decision given = decision == null ? new Decision() : decision;
        return requests.approve(id, given.level, given.kind, operator());
    }

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
