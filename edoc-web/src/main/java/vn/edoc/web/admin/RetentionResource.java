package vn.edoc.web.admin;

import jakarta.ejb.EJB;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import vn.edoc.error.EdocException;
import vn.edoc.error.ErrorCode;
import vn.edoc.retention.Retention;

/** Purges packets' bytes now, as the nightly run does after the retention period. */
@Path("retention")
@Produces(MediaType.APPLICATION_JSON)
public class RetentionResource {
    @EJB
    private Retention retention;

    @Context
    private SecurityContext security;

    /** Purges (a batch of) the packets accepted before {@code before} (ISO 8601, for example 2025-01-01T00:00:00Z). */
    @POST
    @Path("purge")
    public Purged purge(@QueryParam("before") String before) {
        Instant at;
        try {
            at = Instant.parse(before == null ? "" : before);
        } catch (DateTimeParseException e) {
            throw new EdocException(ErrorCode.REQUEST_INVALID, "before", "before: " + before);
        }
        return new Purged(
                retention.purgeAcceptedBefore(at, security.getUserPrincipal().getName()));
    }

    /** How many packets lost their bytes. */
    public record Purged(int packets) {}
}
