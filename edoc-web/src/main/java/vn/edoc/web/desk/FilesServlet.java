package vn.edoc.web.desk;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import vn.edoc.desk.boundary.DeskAccount;
import vn.edoc.desk.boundary.DeskAccounts;
import vn.edoc.desk.boundary.Evidence;
import vn.edoc.desk.boundary.Inbox;
import vn.edoc.desk.boundary.Outbox;
import vn.edoc.desk.control.ReceivedPacket;
import vn.edoc.edxml.model.AttachmentNames;
import vn.edoc.error.EdocException;

/**
 * The files behind the pages, for the office of the person logged in: a draft's attachment ({@code
 * /files/draft/ID/N}), a received document's attachment ({@code /files/incoming/PACKET/N}) and a document's evidence
 * bundle ({@code /files/evidence/PACKET}). {@code ?inline} shows a PDF or an image in the page instead of saving it.
 */
@WebServlet("/files/*")
public class FilesServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Set<String> SHOWN_INLINE = Set.of("application/pdf", "image/png", "image/jpeg");

    @EJB
    private DeskAccounts accounts;

    @EJB
    private Outbox outbox;

    @EJB
    private Inbox inbox;

    @EJB
    private Evidence evidence;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<DeskAccount> account = Optional.ofNullable(request.getUserPrincipal())
                .flatMap(principal -> accounts.find(principal.getName()));
        String[] parts = Optional.ofNullable(request.getPathInfo())
                .orElse("/")
                .substring(1)
                .split("/");
        if (account.isEmpty() || account.get().officeCode() == null || parts.length < 2) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String office = account.get().officeCode();
        String user = account.get().username();
        try {
            if ("evidence".equals(parts[0])) {
                sendEvidence(office, parts[1], user, response);
                return;
            }
            ReceivedPacket.File file = switch (parts[0]) {
                case "draft" -> draftFile(office, parts, user);
                case "incoming" -> inbox.attachment(office, parts[1], index(parts), user);
                default -> null;
            };
            if (file == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            send(file, request.getParameter("inline") != null, response);
        } catch (EdocException | NumberFormatException refused) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private ReceivedPacket.File draftFile(String office, String[] parts, String user) {
        long id = Long.parseLong(parts[1]);
        byte[] bytes = outbox.attachment(id, office, index(parts)); // refuses a number the draft does not have
        var info = outbox.open(id, office, user).attachments().get(index(parts));
        return new ReceivedPacket.File(info.name(), info.contentType(), bytes);
    }

    /** The zip is streamed: the office's right to the document is checked before the first byte is sent. */
    private void sendEvidence(String office, String packetId, String user, HttpServletResponse response)
            throws IOException {
        var trace = evidence.trace(office, packetId, user);
        String name = "chung-cu-" + trace.documentId().replaceAll("[^A-Za-z0-9.-]+", "_") + ".zip";
        response.setContentType("application/zip");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        evidence.write(office, packetId, user, response.getOutputStream());
    }

    private static int index(String[] parts) {
        if (parts.length < 3) {
            throw new NumberFormatException("no attachment number");
        }
        return Integer.parseInt(parts[2]);
    }

    private static void send(ReceivedPacket.File file, boolean inline, HttpServletResponse response)
            throws IOException {
        boolean showable = inline && SHOWN_INLINE.contains(file.contentType());
        // the sender's name made safe to save (no drive, stream, device or reversed text): the browser proposes it
        String encoded = URLEncoder.encode(AttachmentNames.safe(file.name()), StandardCharsets.UTF_8)
                .replace("+", "%20");
        response.setContentType(showable ? file.contentType() : "application/octet-stream");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader(
                "Content-Disposition", (showable ? "inline" : "attachment") + "; filename*=UTF-8''" + encoded);
        response.setContentLengthLong(file.bytes().length);
        response.getOutputStream().write(file.bytes());
    }
}
