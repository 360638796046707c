package vn.edoc.ws;

import com.sun.xml.ws.developer.StreamingAttachment;
import jakarta.activation.DataHandler;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.jws.HandlerChain;
import jakarta.jws.WebService;
import jakarta.xml.ws.Holder;
import jakarta.xml.ws.WebServiceContext;
import jakarta.xml.ws.soap.MTOM;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Function;
import vn.edoc.contract.axis.v1.Acceptance;
import vn.edoc.contract.axis.v1.Axis;
import vn.edoc.contract.axis.v1.DeliveredPacket;
import vn.edoc.contract.axis.v1.Organization;
import vn.edoc.contract.axis.v1.OverdueDocument;
import vn.edoc.contract.axis.v1.PacketTraces;
import vn.edoc.contract.axis.v1.PendingDocument;
import vn.edoc.contract.axis.v1.RecipientState;
import vn.edoc.contract.axis.v1.SignedReceipt;
import vn.edoc.directory.boundary.Directory;
import vn.edoc.directory.boundary.DirectoryChanges;
import vn.edoc.error.EdocException;
import vn.edoc.error.ErrorCode;
import vn.edoc.exchange.boundary.Exchange;
import vn.edoc.exchange.boundary.Forwarding;
import vn.edoc.exchange.boundary.IncomingPacket;
import vn.edoc.exchange.boundary.PendingPage;
import vn.edoc.exchange.boundary.Statuses;
import vn.edoc.exchange.control.PacketIntake;
import vn.edoc.monitoring.boundary.AxisMetrics;
import vn.edoc.signing.boundary.LeaderSigning;
import vn.edoc.systems.Caller;

/**
 * The axis service, version 1, published with its authored WSDL at {@code /edoc-ws/AxisService}. Every call is first
 * authenticated (the connected system's UsernameToken, read by {@link UsernameTokenHandler}); the boundaries then
 * check each office it acts for. Packets of 64 KiB and more are answered as MTOM attachments; attachments a client
 * sends are kept in memory up to 1 MiB and streamed to a temporary file beyond.
 */
@WebService(
        serviceName = "AxisService",
        portName = "AxisPort",
        targetNamespace = "urn:vn:edoc:axis:v1",
        endpointInterface = "vn.edoc.contract.axis.v1.Axis",
        wsdlLocation = "WEB-INF/wsdl/contract/axis/v1/axis.wsdl")
@HandlerChain(file = "handlers.xml")
@MTOM(threshold = 64 * 1024)
@StreamingAttachment(parseEagerly = true, memoryThreshold = 1024 * 1024)
public class AxisEndpoint implements Axis {
    @EJB
    private Exchange exchange;

    @EJB
    private Statuses statuses;

    @EJB
    private LeaderSigning leaderSigning;

    @EJB
    private Directory directory;

    @Resource
    private WebServiceContext context;

    @Inject
    private PacketIntake intake;

    @Inject
    private AxisMetrics metrics;

    @Override
    public Acceptance sendDocument(DataHandler packet) {
        return answer(caller -> metrics.acceptance(AxisMetrics.SOAP, () -> {
            IncomingPacket incoming = PacketSource.receive(packet, intake.maxBytes());
            try {
                return WireMapper.acceptance(exchange.send(caller, incoming, forwarding()));
            } finally {
                PacketSource.delete(incoming.file());
            }
        }));
    }

    @Override
    public Acceptance sendStatus(DataHandler packet) {
        return answer(caller -> metrics.acceptance(
                AxisMetrics.SOAP,
                () -> WireMapper.acceptance(
                        statuses.report(caller, PacketSource.bytesOf(packet, intake.maxStatusBytes()), forwarding()))));
    }

    @Override
    public void getPendingDocuments(
            String organId,
            Integer maxItems,
            String worker,
            String cursor,
            Holder<List<PendingDocument>> pendingDocument,
            Holder<String> nextCursor) {
        PendingPage page = answer(caller -> exchange.pending(caller, organId, maxItems, worker, cursor));
        pendingDocument.value = WireMapper.pending(page.documents());
        nextCursor.value = page.nextCursor();
    }

    @Override
    public DeliveredPacket getDocument(String organId, String packetId, String worker) {
        return answer(caller -> WireMapper.delivered(exchange.fetch(caller, organId, packetId, worker)));
    }

    @Override
    public RecipientState confirmReceived(String organId, String packetId, String sha256) {
        return answer(caller -> WireMapper.recipient(exchange.confirm(caller, organId, packetId, sha256)));
    }

    @Override
    public PacketTraces getTraces(String organId, String packetId, String recipientId) {
        return answer(caller -> WireMapper.traces(exchange.traces(caller, organId, packetId, recipientId)));
    }

    @Override
    public List<OverdueDocument> getOverdueDocuments(String organId) {
        return answer(caller -> WireMapper.overdue(exchange.overdue(caller, organId)));
    }

    @Override
    public List<SignedReceipt> getReceipts(String organId, String packetId) {
        return answer(caller -> WireMapper.receipts(exchange.receipts(caller, organId, packetId)));
    }

    @Override
    public DataHandler signAsLeader(String leaderId, String pin, DataHandler packet) {
        return answer(caller -> PacketSource.handlerOf(leaderSigning.sign(
                caller,
                leaderId,
                pin == null ? null : pin.toCharArray(),
                PacketSource.bytesOf(packet, intake.maxBytes()))));
    }

    @Override
    public void getOrganizations(
            Long afterRevision,
            OffsetDateTime changedSince,
            Integer maxItems,
            String cursor,
            Holder<Long> revision,
            Holder<OffsetDateTime> changedAt,
            Holder<List<Organization>> organization,
            Holder<List<String>> removedId,
            Holder<String> nextCursor) {
        // the directory is public within the province: any connected system may keep an address book, a page at a time
        DirectoryChanges changes = answer(caller -> directory.changesPage(
                afterRevision, changedSince == null ? null : changedSince.toInstant(), cursor, maxItems));
        revision.value = changes.revision();
        changedAt.value = WireMapper.time(changes.changedAt());
        organization.value = WireMapper.organizations(changes);
        removedId.value = changes.removed();
        nextCursor.value = changes.nextCursor();
    }

    /** What a peer axis forwarding this packet says of it ({@link TraceHeaderHandler}); {@code null} from an office. */
    private Forwarding forwarding() {
        Object forwarding = context.getMessageContext().get(TraceHeaderHandler.FORWARDING);
        if (forwarding instanceof RuntimeException refusal) {
            throw refusal;
        }
        return (Forwarding) forwarding;
    }

    /**
     * Runs the call as the caller {@link UsernameTokenHandler} authenticated before the body was read; any refusal
     * becomes the SOAP fault of its code.
     */
    private <T> T answer(Function<Caller, T> call) {
        Caller caller = (Caller) context.getMessageContext().get(UsernameTokenHandler.CALLER);
        try {
            if (caller == null) {
                // the handler chain always runs first; without it no call is answered
                throw new EdocException(ErrorCode.AUTHENTICATION_REQUIRED, null);
            }
            return call.apply(caller);
        } catch (RuntimeException e) {
            throw Faults.soapFault(caller == null ? null : caller.systemId(), e);
        }
    }
}
