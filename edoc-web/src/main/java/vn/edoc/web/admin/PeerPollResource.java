package vn.edoc.web.admin;

import jakarta.ejb.EJB;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import vn.edoc.exchange.boundary.PeerPollView;
import vn.edoc.exchange.boundary.PeerPolls;
import vn.edoc.exchange.boundary.PeerRefusalView;

/**
 * The polling of peer axes of the national protocol, for operators: when each peer is polled next, how many polls
 * failed in a row and why, and the packets this axis refused from them.
 */
@Path("peer-polls")
@Produces(MediaType.APPLICATION_JSON)
public class PeerPollResource {
    private static final int MAX_REFUSALS = 1_000;

    @EJB
    private PeerPolls polls;

    @GET
    public List<PeerPollView> polls() {
        return polls.polls();
    }

    /** The newest refusals first, at most {@code max} (up to 1000). */
    @GET
    @Path("refusals")
    public List<PeerRefusalView> refusals(@QueryParam("max") @DefaultValue("100") int max) {
        return polls.refusals(Math.max(1, Math.min(MAX_REFUSALS, max)));
    }
}
