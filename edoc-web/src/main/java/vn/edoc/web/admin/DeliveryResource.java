package vn.edoc.web.admin;

import jakarta.ejb.EJB;
import jakarta.ws.rs.DefaultValue;
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
import vn.edoc.error.EdocException;
import vn.edoc.error.ErrorCode;
import vn.edoc.exchange.PushState;
import vn.edoc.exchange.boundary.PushQueue;
import vn.edoc.exchange.boundary.QueuedDelivery;

/** The delivery monitor: pushes waiting or retrying, the dead letter, and the operator's retry and cancel. */
@Tag(
        name = "Chuyển phát / Deliveries",
        description = "The delivery monitor: pushes due or retrying, dead letters, retry and cancel")
@APIResponse(responseCode = "400", ref = AdminApi.REFUSED)
@APIResponse(responseCode = "401", ref = AdminApi.UNAUTHENTICATED)
@APIResponse(responseCode = "500", ref = AdminApi.INCIDENT)
@Path("deliveries")
@Produces(MediaType.APPLICATION_JSON)
public class DeliveryResource {
    @EJB
    private PushQueue pushes;

    @Context
    private SecurityContext security;

    /** The copies in one push state ({@code DUE} or {@code DEAD_LETTER}; default the dead letter), oldest first. */
    @Operation(
            summary = "Liệt kê bản sao theo trạng thái đẩy / List copies by push state",
            description =
                    "The copies in one push state (`push`: DUE or DEAD_LETTER, the dead letter by default), oldest first, at most `max` (200). Refusals: REQUEST_INVALID (unknown state).")
    @APIResponse(responseCode = "200", description = "The copies")
    @GET
    public List<QueuedDelivery> list(
            @QueryParam("push") @DefaultValue("DEAD_LETTER") String push,
            @QueryParam("max") @DefaultValue("200") int max) {
        // the monitor lists copies still waiting: a delivered one is in its packet's trace
        PushState state = switch (push) {
            case "DUE" -> PushState.DUE;
            case "DEAD_LETTER" -> PushState.DEAD_LETTER;
            default -> throw new EdocException(ErrorCode.REQUEST_INVALID, "push", "push: DUE or DEAD_LETTER");
        };
        return pushes.inState(state, Math.max(1, Math.min(max, 1000)));
    }

    /** Pushes a dead letter again, with a fresh schedule. */
    @Operation(
            summary = "Đẩy lại / Retry a dead letter",
            description =
                    "Pushes a dead letter again with a fresh schedule. Audited. Refusals: DELIVERY_NOT_FOUND, DELIVERY_ACTION_ILLEGAL (not a dead letter).")
    @APIResponse(responseCode = "200", description = "The copy, due again")
    @POST
    @Path("{id}/retry")
    public QueuedDelivery retry(@PathParam("id") long id) {
        return pushes.retry(id, security.getUserPrincipal().getName());
    }

    /** Gives up a copy not yet handed out: it is cancelled, and the sender's trace shows it. */
    @Operation(
            summary = "Hủy bản sao / Cancel a copy",
            description =
                    "Gives up a copy not yet handed out: it is cancelled and the sender's trace shows it. Audited. Refusals: DELIVERY_NOT_FOUND, DELIVERY_ACTION_ILLEGAL (already handed out).")
    @APIResponse(responseCode = "200", description = "The copy, cancelled")
    @POST
    @Path("{id}/cancel")
    public QueuedDelivery cancel(@PathParam("id") long id) {
        return pushes.cancel(id, security.getUserPrincipal().getName());
    }
}
