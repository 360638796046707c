package vn.edoc.ws.vxp;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.edoc.directory.boundary.AgencyRequests;
import vn.edoc.directory.boundary.Directory;
import vn.edoc.error.EdocException;
import vn.edoc.error.ErrorCode;
import vn.edoc.error.Incident;
import vn.edoc.exchange.boundary.Exchange;
import vn.edoc.exchange.boundary.Statuses;
import vn.edoc.exchange.boundary.SystemMailbox;
import vn.edoc.exchange.control.PacketIntake;
import vn.edoc.exchange.entity.PacketKind;
import vn.edoc.monitoring.boundary.AxisMetrics;
import vn.edoc.systems.Caller;
import vn.edoc.systems.boundary.ConnectedSystems;

/**
 * The national protocol's endpoint: {@code /edoc-ws/vxp/<operation>}. Every call is authenticated first, from its
 * signed headers, before its body is read; then it is one boundary call, and every refusal is a {@code FAIL} reply
 * with edoc's code. Refusals are logged with the system and the operation, never with a secret or a header's value.
 */
@WebServlet(name = "vxp", urlPatterns = "/vxp/*")
public class VxpServlet extends HttpServlet {
    private static final Logger LOG = Logger.getLogger(VxpServlet.class.getName());
    private static final String CERTIFICATES = "jakarta.servlet.request.X509Certificate";

    @EJB
    private ConnectedSystems systems;

    @EJB
    private Exchange exchange;

    @EJB
    private Statuses statuses;

    @EJB
    private SystemMailbox mailbox;

    @EJB
    private Directory directory;

    @EJB
    private AgencyRequests agencyRequests;

    @Inject
    private PacketIntake intake;

    @Inject
    private AxisMetrics metrics;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        Optional<VxpOperation> operation = VxpOperation.named(name);
        VxpHeaders headers = VxpHeaders.of(request);
        try {
            if (operation.isEmpty()) {
                throw new EdocException(ErrorCode.OPERATION_UNKNOWN, "path", name.length() > 60 ? "?" : name);
            }
            requireMethod(operation.get(), request.getMethod());
            Caller caller = systems.authenticate(headers.credentials(), clientCertificate(request));
            dispatch(operation.get(), caller, headers, request, response);
        } catch (RuntimeException e) {
            refuse(operation.orElse(null), headers, e, response);
        }
    }

    private void dispatch(
            VxpOperation operation,
            Caller caller,
            VxpHeaders headers,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        VxpCalls calls = new VxpCalls(exchange, statuses, mailbox, intake, metrics);
        VxpDirectoryCalls directoryCalls = new VxpDirectoryCalls(directory, agencyRequests);
        switch (operation) {
            case SEND_EDOC -> calls.sendEdoc(caller, headers, request, response);
            case GET_RECEIVED_EDOC_LIST -> calls.getReceivedEdocList(caller, headers, response);
            case GET_EDOC -> calls.getEdoc(caller, headers, response);
            case DOWNLOAD_EDOC -> calls.downloadEdoc(caller, headers, response);
            case UPDATE_STATUS -> calls.updateStatus(caller, headers, response);
            case GET_SENT_EDOC_LIST -> calls.getSentEdocList(caller, headers, response);
            case COUNT_RECEIVE_EDOC -> calls.count(caller, PacketKind.DOCUMENT, response);
            case COUNT_RECEIVE_STATUS -> calls.count(caller, PacketKind.STATUS, response);
            case GET_AGENCIES_LIST -> directoryCalls.agencies(headers, response);
            case GET_AGENCIES_LIST_QD20 -> directoryCalls.agenciesQd20(headers, response);
            case GET_SYNCHRONIZE_UNIT -> directoryCalls.synchronize(response);
            case REGISTER_AGENCY -> directoryCalls.register(caller, request, response);
            case DELETE_AGENCY -> directoryCalls.delete(caller, headers, response);
        }
    }

    /** {@code downloadEdoc} is a GET, the others POSTs; the count operations are named GET in the SDK: both. */
    private static void requireMethod(VxpOperation operation, String method) {
        boolean get = "GET".equals(method);
        boolean post = "POST".equals(method);
        boolean allowed = switch (operation) {
            case DOWNLOAD_EDOC, COUNT_RECEIVE_EDOC, COUNT_RECEIVE_STATUS -> get || post;
            default -> post;
        };
        if (!allowed) {
            throw new EdocException(
                    ErrorCode.REQUEST_INVALID, "method", operation.path() + " is called with POST, not " + method);
        }
    }

    private static void refuse(
            VxpOperation operation, VxpHeaders headers, RuntimeException failure, HttpServletResponse response)
            throws IOException {
        EdocException refusal = EdocException.in(failure);
        String system = headers.credentials().systemId();
        String what = (operation == null ? "?" : operation.path()) + " of " + (system == null ? "no system" : system);
        if (refusal == null) {
            refusal = Incident.internalError(LOG, "the VXP call " + what, failure);
        } else {
            LOG.log(Level.INFO, "VXP call {0} refused: {1}", new Object[] {what, refusal.code()});
        }
        if (response.isCommitted()) {
            return; // the reply was streaming: the client sees it cut short
        }
        response.reset();
        VxpReply.fail(response, operation, refusal);
    }

    private static String clientCertificate(HttpServletRequest request) {
        if (!(request.getAttribute(CERTIFICATES) instanceof X509Certificate[] chain) || chain.length == 0) {
            return null;
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(chain[0].getEncoded()));
        } catch (java.security.GeneralSecurityException e) {
            return null;
        }
    }
}
