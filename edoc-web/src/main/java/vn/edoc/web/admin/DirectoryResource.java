package vn.edoc.web.admin;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.edoc.directory.boundary.Directory;
import vn.edoc.directory.control.ImportSummary;
import vn.edoc.directory.control.OfficeChange;
import vn.edoc.directory.control.Routing;
import vn.edoc.directory.control.RoutingCsv;
import vn.edoc.error.ErrorCode;

/** The directory for operators: import and export its file, read an office's history, set the routing files. */
@Tag(
        name = "Danh bạ / Directory",
        description =
                "The directory file (import, export), an office's history and removal, routing rules and peer routes")
@APIResponse(responseCode = "400", ref = AdminApi.REFUSED)
@APIResponse(responseCode = "401", ref = AdminApi.UNAUTHENTICATED)
@APIResponse(responseCode = "500", ref = AdminApi.INCIDENT)
@Path("directory")
public class DirectoryResource {
    private static final String CSV = "text/csv;charset=UTF-8";

    @EJB
    private Directory directory;

    /** The whole directory as a directory file. */
    @Operation(
            summary = "Xuất danh bạ / Export the directory",
            description = "The whole directory as a directory file (CSV, UTF-8, the columns of the import).")
    @APIResponse(responseCode = "200", description = "The directory file")
    @GET
    @Produces(CSV)
    public Response export() {
        return Response.ok(directory.exportFile())
                .header("Content-Disposition", "attachment; filename=\"edoc-directory.csv\"")
                .build();
    }

    /**
     * Applies a directory file: all of it, or nothing with every bad line listed. A file over the import's size is
     * refused (413) before more than that is read.
     */
    @Operation(
            summary = "Nhập tệp danh bạ / Import a directory file",
            description =
                    "Applies a directory file, all of it or nothing: a refused file lists every bad line with its code, line and column. A file over `edoc.directory.import-max-bytes` is refused (413) before more is read. A new directory revision. Audited. Refusals: DIRECTORY_FILE_INVALID (with every problem), DIRECTORY_FILE_TOO_LARGE (413).")
    @APIResponse(responseCode = "200", description = "What changed and the new revision")
    @POST
    @Consumes({"text/csv", MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    public ImportSummary importFile(InputStream file, @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long length) {
        byte[] read = BoundedBody.read(
                file, length == null ? -1 : length, directory.importMaxBytes(), ErrorCode.DIRECTORY_FILE_TOO_LARGE);
        return directory.importFile(read);
    }

    /**
     * Removes an office nothing refers to (a new directory revision); one that documents, users, systems or other
     * offices refer to is refused with OFFICE_IN_USE, saying what: dissolve it instead.
     */
    @Operation(
            summary = "Xóa cơ quan / Remove an office",
            description =
                    "Removes an office nothing refers to (a new directory revision); one that documents, users, systems or other offices refer to is refused with OFFICE_IN_USE, saying what: dissolve it instead. Refusals: OFFICE_UNKNOWN, OFFICE_IN_USE.")
    @APIResponse(responseCode = "200", description = "The office removed and the revision that removed it")
    @DELETE
    @Path("offices/{code}")
    @Produces(MediaType.APPLICATION_JSON)
    public Removed remove(@PathParam("code") String code) {
        return new Removed(code, directory.remove(code));
    }

    /** The office removed and the directory revision that removed it. */
    public record Removed(String code, long revision) {}

    /** The history of one office, oldest first. */
    @Operation(
            summary = "Lịch sử cơ quan / An office's history",
            description =
                    "Every change of one office, oldest first (its names, parent, state, codes). An unknown code has no history (an empty list).")
    @APIResponse(responseCode = "200", description = "The changes")
    @GET
    @Path("offices/{code}/history")
    @Produces(MediaType.APPLICATION_JSON)
    public List<OfficeChange> history(@PathParam("code") String code) {
        return directory.history(code);
    }

    @Operation(summary = "Quy tắc định tuyến / Routing rules", description = "The routing rules as a CSV file.")
    @APIResponse(responseCode = "200", description = "The routing rules file")
    @GET
    @Path("routing-rules")
    @Produces(CSV)
    public String rules() {
        Routing routing = directory.routing();
        return csv(out -> RoutingCsv.writeRules(out, routing.rules()));
    }

    /** Replaces the routing rules (a file with any bad line changes nothing). */
    @Operation(
            summary = "Thay quy tắc định tuyến / Replace the routing rules",
            description =
                    "Replaces the routing rules; a file with any bad line changes nothing. Audited. Refusals: ROUTING_RULE_INVALID (with every bad line).")
    @APIResponse(responseCode = "200", description = "How many rules the file now holds")
    @PUT
    @Path("routing-rules")
    @Consumes("text/csv")
    @Produces(MediaType.APPLICATION_JSON)
    public Replaced replaceRules(byte[] file) {
        return new Replaced(directory.replaceRules(new String(file, StandardCharsets.UTF_8)));
    }

    @Operation(
            summary = "Tuyến đến trục khác / Peer routes",
            description = "The routes to peer axes (which codes lie behind which peer) as a CSV file.")
    @APIResponse(responseCode = "200", description = "The peer routes file")
    @GET
    @Path("peer-routes")
    @Produces(CSV)
    public String peers() {
        Routing routing = directory.routing();
        return csv(out -> RoutingCsv.writePeers(out, routing.peers()));
    }

    /** Replaces the peer routes (a file with any bad line changes nothing). */
    @Operation(
            summary = "Thay tuyến đến trục khác / Replace the peer routes",
            description =
                    "Replaces the peer routes; a file with any bad line changes nothing. Audited. Refusals: ROUTING_RULE_INVALID (with every bad line).")
    @APIResponse(responseCode = "200", description = "How many routes the file now holds")
    @PUT
    @Path("peer-routes")
    @Consumes("text/csv")
    @Produces(MediaType.APPLICATION_JSON)
    public Replaced replacePeers(byte[] file) {
        return new Replaced(directory.replacePeers(new String(file, StandardCharsets.UTF_8)));
    }

    /** How many entries a routing file now holds. */
    public record Replaced(int entries) {}

    private static String csv(CsvWork work) {
        StringWriter out = new StringWriter();
        try {
            work.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    @FunctionalInterface
    private interface CsvWork {
        void write(StringWriter out) throws IOException;
    }
}
