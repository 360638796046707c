package vn.edoc.web.admin;

import jakarta.ejb.EJB;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.edoc.audit.boundary.AuditLog;
import vn.edoc.audit.boundary.ChainCheck;

/** The audit log for operators: search it, and check its hash chain end to end. */
@Tag(
        name = "Nhật ký kiểm toán / Audit log",
        description = "Search the hash-chained audit log and check the chain end to end")
@APIResponse(responseCode = "400", ref = AdminApi.REFUSED)
@APIResponse(responseCode = "401", ref = AdminApi.UNAUTHENTICATED)
@APIResponse(responseCode = "500", ref = AdminApi.INCIDENT)
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {
    @EJB
    private AuditLog audit;

    /** The newest entries, of one subject (a packet id, ...) or one actor when given. */
    @Operation(
            summary = "Tìm trong nhật ký / Search the audit log",
            description =
                    "The newest entries (at most `max`, 100 by default), of one subject (a packet id, an office code) or one actor when given.")
    @APIResponse(responseCode = "200", description = "The entries, newest first")
    @GET
    public List<Entry> search(
            @QueryParam("subject") String subject,
            @QueryParam("actor") String actor,
            @QueryParam("max") @DefaultValue("100") int max) {
        return audit.search(subject, actor, max).stream()
                .map(e -> new Entry(
                        e.seq(), e.at(), e.actor(), e.action(), e.subject(), e.detail(), e.previousHash(), e.hash()))
                .toList();
    }

    /** Walks the whole chain; {@code valid} false names the first entry that breaks it. */
    @Operation(
            summary = "Kiểm tra chuỗi băm / Verify the chain",
            description = "Walks the whole hash chain; `valid` false names the first entry that breaks it.")
    @APIResponse(responseCode = "200", description = "The result of the walk")
    @GET
    @Path("verify")
    public ChainCheck verify() {
        return audit.verify();
    }

    /** One entry as the API shows it. */
    public record Entry(
            long seq,
            Instant at,
            String actor,
            String action,
            String subject,
            String detail,
            String previousHash,
            String hash) {}
}
