package vn.edoc.web.admin;

import jakarta.ejb.EJB;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.edoc.exchange.boundary.PeerPollView;
import vn.edoc.exchange.boundary.PeerPolls;
import vn.edoc.exchange.boundary.PeerRefusalView;

/**
 * The polling of peer axes of the national protocol, for operators: when each peer is polled next, how many polls
 * failed in a row and why, and the packets this axis refused from them.
 */
@Tag(
        name = "Trục ngang hàng / Peer axes",
        description = "Polling of peer axes of the national protocol and what this axis refused from them")
@APIResponse(responseCode = "400", ref = AdminApi.REFUSED)
@APIResponse(responseCode = "401", ref = AdminApi.UNAUTHENTICATED)
@APIResponse(responseCode = "500", ref = AdminApi.INCIDENT)
@Path("peer-polls")
@Produces(MediaType.APPLICATION_JSON)
public class PeerPollResource {
    private static final int MAX_REFUSALS = 1_000;

    @EJB
    private PeerPolls polls;

    @Operation(
            summary = "Trạng thái hỏi trục khác / Peer polls",
            description = "When each peer axis is polled next, how many polls failed in a row and why.")
    @APIResponse(responseCode = "200", description = "One entry per peer")
    @GET
    public List<PeerPollView> polls() {
        return polls.polls();
    }

    /** The newest refusals first, at most {@code max} (up to 1000). */
    @Operation(
            summary = "Gói tin bị từ chối từ trục khác / Refusals of peers' packets",
            description =
                    "The packets this axis refused from peer axes, newest first, at most `max` (100, up to 1000).")
    @APIResponse(responseCode = "200", description = "The refusals")
    @GET
    @Path("refusals")
    public List<PeerRefusalView> refusals(@QueryParam("max") @DefaultValue("100") int max) {
        return polls.refusals(Math.max(1, Math.min(MAX_REFUSALS, max)));
    }
}
