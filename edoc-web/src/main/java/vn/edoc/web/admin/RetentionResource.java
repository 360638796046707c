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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.edoc.error.EdocException;
import vn.edoc.error.ErrorCode;
import vn.edoc.retention.Retention;

/** Purges packets' bytes now, as the nightly run does after the retention period. */
@Tag(name = "Lưu trữ / Retention", description = "Purging packets' bytes after the retention period")
@APIResponse(responseCode = "400", ref = AdminApi.REFUSED)
@APIResponse(responseCode = "401", ref = AdminApi.UNAUTHENTICATED)
@APIResponse(responseCode = "500", ref = AdminApi.INCIDENT)
@Path("retention")
@Produces(MediaType.APPLICATION_JSON)
public class RetentionResource {
    @EJB
    private Retention retention;

    @Context
    private SecurityContext security;

    /** Purges (a batch of) the packets accepted before {@code before} (ISO 8601, for example 2025-01-01T00:00:00Z). */
    @Operation(
            summary = "Xóa nội dung hết hạn lưu trữ / Purge expired packets",
            description =
                    "Purges a batch of the packets accepted before `before` (ISO 8601, for example 2025-01-01T00:00:00Z), as the nightly run does: their bytes go, their traces, receipts and audit stay. Audited. Refusals: PURGE_BEFORE_RETENTION, REQUEST_INVALID (no or a wrong time).")
    @APIResponse(responseCode = "200", description = "How many packets lost their bytes")
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
