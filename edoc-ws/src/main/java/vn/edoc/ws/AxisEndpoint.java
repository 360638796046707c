package vn.edoc.ws;

import jakarta.ejb.EJB;
import jakarta.jws.WebService;
import jakarta.xml.ws.Holder;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Supplier;
import vn.edoc.contract.axis.v1.Acceptance;
import vn.edoc.contract.axis.v1.Axis;
import vn.edoc.contract.axis.v1.AxisFault;
import vn.edoc.contract.axis.v1.DeliveredPacket;
import vn.edoc.contract.axis.v1.Organization;
import vn.edoc.contract.axis.v1.OverdueDocument;
import vn.edoc.contract.axis.v1.PacketTraces;
import vn.edoc.contract.axis.v1.PendingDocument;
import vn.edoc.contract.axis.v1.RecipientState;
import vn.edoc.contract.axis.v1.SignedReceipt;
import vn.edoc.directory.boundary.Directory;
import vn.edoc.directory.boundary.DirectoryChanges;
import vn.edoc.exchange.boundary.Exchange;
import vn.edoc.exchange.boundary.Statuses;
import vn.edoc.signing.boundary.LeaderSigning;

/** The axis service, version 1, published with its authored WSDL at {@code /edoc-ws/AxisService}. */
@WebService(
        serviceName = "AxisService",
        portName = "AxisPort",
        targetNamespace = "urn:vn:edoc:axis:v1",
        endpointInterface = "vn.edoc.contract.axis.v1.Axis",
        wsdlLocation = "WEB-INF/wsdl/contract/axis/v1/axis.wsdl")
public class AxisEndpoint implements Axis {
    @EJB
    private Exchange exchange;

    @EJB
    private Statuses statuses;

    @EJB
    private LeaderSigning leaderSigning;

    @EJB
    private Directory directory;

    @Override
    public Acceptance sendDocument(byte[] packet) throws AxisFault {
        return answer(() -> WireMapper.acceptance(exchange.send(packet)));
    }

    @Override
    public Acceptance sendStatus(byte[] packet) throws AxisFault {
        return answer(() -> WireMapper.acceptance(statuses.report(packet)));
    }

    @Override
    public List<PendingDocument> getPendingDocuments(String organId, Integer maxItems, String worker) throws AxisFault {
        return answer(() -> WireMapper.pending(exchange.pending(organId, maxItems, worker)));
    }

    @Override
    public DeliveredPacket getDocument(String organId, String packetId, String worker) throws AxisFault {
        return answer(() -> WireMapper.delivered(exchange.fetch(organId, packetId, worker)));
    }

    @Override
    public RecipientState confirmReceived(String organId, String packetId, String sha256) throws AxisFault {
        return answer(() -> WireMapper.recipient(exchange.confirm(organId, packetId, sha256)));
    }

    @Override
    public PacketTraces getTraces(String organId, String packetId) throws AxisFault {
        return answer(() -> WireMapper.traces(exchange.traces(organId, packetId)));
    }

    @Override
    public List<OverdueDocument> getOverdueDocuments(String organId) throws AxisFault {
        return answer(() -> WireMapper.overdue(exchange.overdue(organId)));
    }

    @Override
    public List<SignedReceipt> getReceipts(String organId, String packetId) throws AxisFault {
        return answer(() -> WireMapper.receipts(exchange.receipts(organId, packetId)));
    }

    @Override
    public byte[] signAsLeader(String leaderId, String pin, byte[] packet) throws AxisFault {
        return answer(() -> leaderSigning.sign(leaderId, pin == null ? null : pin.toCharArray(), packet));
    }

    @Override
    public void getOrganizations(
            Long afterRevision,
            OffsetDateTime changedSince,
            Holder<Long> revision,
            Holder<OffsetDateTime> changedAt,
            Holder<List<Organization>> organization)
            throws AxisFault {
        DirectoryChanges changes = answer(() -> changedSince != null
                ? directory.changesSince(changedSince.toInstant())
                : directory.changesAfter(afterRevision == null ? 0 : afterRevision));
        revision.value = changes.revision();
        changedAt.value = WireMapper.time(changes.changedAt());
        organization.value = WireMapper.organizations(changes);
    }

    private static <T> T answer(Supplier<T> call) throws AxisFault {
        try {
            return call.get();
        } catch (RuntimeException e) {
            throw Faults.of(e);
        }
    }
}
