package vn.edoc.exchange.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.edoc.audit.AuditAction;
import vn.edoc.audit.boundary.AuditLog;
import vn.edoc.directory.boundary.Directory;
import vn.edoc.directory.boundary.RecipientRoute;
import vn.edoc.edxml.Sha256;
import vn.edoc.edxml.model.ResponseFor;
import vn.edoc.edxml.model.StatusCode;
import vn.edoc.edxml.model.StatusPacket;
import vn.edoc.error.EdocException;
import vn.edoc.error.ErrorCode;
import vn.edoc.exchange.control.PacketIntake;
import vn.edoc.exchange.control.PacketStore;
import vn.edoc.exchange.control.ReadPacket;
import vn.edoc.exchange.control.SignatureCheck;
import vn.edoc.exchange.control.StatusRules;
import vn.edoc.exchange.entity.Delivery;
import vn.edoc.exchange.entity.Packet;
import vn.edoc.exchange.entity.StatusReport;
import vn.edoc.exchange.entity.VerifiedStep;
import vn.edoc.systems.Caller;
import vn.edoc.systems.boundary.ConnectedSystems;
import vn.edoc.trust.boundary.TrustSource;

/**
 * Status packets through the axis. A recipient office reports its progress on a document (01-06) or answers a change
 * (15, 16); the sender asks for a document back (13). The status must follow the copy's earlier ones
 * ({@link StatusRules}); it is signed by the reporting office and verified like a document; it is appended to the
 * copy's status log and stored as a packet delivered to the office it informs (the sender, or for 13 the recipients),
 * which pulls it like a document. Each call is one transaction: a refusal records nothing.
 */
@Stateless
public class Statuses {
    @Inject
    private Clock clock;

    private static final String HEADER = "/edXML/edXMLEnvelope/edXMLHeader/MessageHeader";
    private static final String STATUS_PATH = HEADER + "/StatusCode";
    private static final String RESPONSE_FOR_PATH = HEADER + "/ResponseFor/DocumentId";

    @PersistenceContext(unitName = "edoc")
    private EntityManager entityManager;

    @EJB
    private Directory directory;

    @EJB
    private TrustSource trustSource;

    @EJB
    private PacketReceipts receipts;

    @EJB
    private AuditLog audit;

    @Inject
    private PacketIntake intake;

    @EJB
    private ConnectedSystems systems;

    @Inject
    private PacketStore store;

    @Inject
    private Forwardings forwardings;

    /** Accepts a status packet; the same bytes again answer the first acceptance. */
    public Acceptance report(Caller caller, byte[] bytes) {
        return report(caller, bytes, null);
    }

    /**
     * Accepts a status packet as {@link #report(Caller, byte[])} does; one a peer axis forwards ({@code forwarding}
     * given) comes from an office behind that peer and is never sent back to an axis it crossed.
     */
    public Acceptance report(Caller caller, byte[] bytes, Forwarding forwarding) {
        ReadPacket<StatusPacket> read = intake.status(bytes, caller.readsStrictly());
        StatusPacket status = read.packet();
        String reporter = status.from().organId();
        systems.requireActsFor(caller, reporter, HEADER + "/From/OrganId");
        if (forwarding == null) {
            directory
                    .findActive(reporter)
                    .orElseThrow(() -> new EdocException(ErrorCode.SENDER_UNKNOWN, HEADER + "/From/OrganId", reporter));
        } else {
            forwardings.check(caller, forwarding);
        }
        Packet original = original(status.responseFor());
        List<VerifiedStep> verification = SignatureCheck.verified(
                trustSource.current(), intake.limits(), bytes, status, caller.envelopeSignatures());
        String sha256 = Sha256.of(bytes);
        String key = "status:" + sha256; // a status has no DocumentId of its own: the same bytes are the same report
        Optional<Packet> earlier = PacketQueries.findSent(entityManager, reporter, key);
        if (earlier.isPresent()) {
            return Acceptance.of(
                    earlier.get(), receipts.signedAcceptanceOf(earlier.get().packetId()));
        }
        List<Delivery> reported = reportedCopies(status, original, directory.identities(reporter));
        List<RecipientRoute> informed = informed(status, original, reported);
        if (forwarding != null) {
            forwardings.requireNoLoop(forwarding, informed);
        }
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
        Packet packet = Packet.acceptStatus(
                new Packet.Arrival(reporter, key, subject(status), sha256, bytes.length, now, verification),
                informed,
                original,
                status.statusCode());
        packet.forgave(read.warnings());
        if (forwarding != null) {
            packet.arrivedThrough(forwarding.hops());
        }
        if (SignatureCheck.envelopeUnsigned(verification)) {
            packet.vouchedBy(caller.systemId());
        }
        entityManager.persist(packet);
        entityManager.flush(); // the packet's row first: its chunks refer to it
        store.write(packet.packetId(), bytes);
        StatusReport report = new StatusReport(
                status.statusCode(),
                status.description(),
                status.staffInfo() == null ? null : status.staffInfo().staff(),
                status.timestamp(),
                packet.packetId());
        reported.forEach(copy -> copy.report(report, now));
        audit.append(
                reporter,
                AuditAction.STATUS_ACCEPTED,
                original.packetId(),
                status.statusCode().code() + " (status packet " + packet.packetId() + ")");
        return Acceptance.of(packet, receipts.acceptedFor(packet).signedXml());
    }

    private Packet original(ResponseFor responseFor) {
        return PacketQueries.findSent(entityManager, responseFor.organId(), responseFor.documentId())
                .orElseThrow(() -> new EdocException(
                        ErrorCode.ORIGINAL_NOT_FOUND,
                        RESPONSE_FOR_PATH,
                        responseFor.organId(),
                        responseFor.documentId()));
    }

    /**
     * The copies the status speaks of, locked: the reporter's own copy for 01-06, 15, 16; for 13 every copy the
     * recipient has neither refused nor finished. Each must accept the status.
     */
    private List<Delivery> reportedCopies(StatusPacket status, Packet original, Set<String> reporter) {
        StatusCode code = status.statusCode();
        String reporterId = status.from().organId();
        if (code == StatusCode.RECALL_REQUESTED) {
            if (!original.isSentByAnyOf(reporter)) {
                throw notParty(reporterId, 1, original, code);
            }
            List<Delivery> recallable = locked(original).stream()
                    .filter(d -> StatusRules.refusal(d.progress(), d.changePending() != null, d.isWithdrawn(), code)
                            .isEmpty())
                    .toList();
            if (recallable.isEmpty()) {
                throw new EdocException(ErrorCode.STATUS_TRANSITION_ILLEGAL, STATUS_PATH, code.code(), "06/02", "*");
            }
            return recallable;
        }
        Delivery copy = locked(original).stream()
                .filter(d -> reporter.contains(d.recipientId()))
                .findFirst()
                .orElseThrow(() -> notParty(reporterId, 0, original, code));
        StatusRules.refusal(copy.progress(), copy.changePending() != null, copy.isWithdrawn(), code)
                .ifPresent(refusal -> {
                    throw new EdocException(
                            refusal,
                            STATUS_PATH,
                            code.code(),
                            copy.isWithdrawn()
                                    ? "withdrawn"
                                    : copy.progress() == null
                                            ? "—"
                                            : copy.progress().code(),
                            copy.recipientId());
                });
        return List.of(copy);
    }

    /** Who the status is for: the document's sender, or for a recall the recipients asked. */
    private List<RecipientRoute> informed(StatusPacket status, Packet original, List<Delivery> reported) {
        List<String> offices = status.statusCode() == StatusCode.RECALL_REQUESTED
                ? reported.stream().map(Delivery::recipientId).toList()
                : List.of(original.senderId());
        return directory.routes(offices, directory.routing(), RESPONSE_FOR_PATH);
    }

    private List<Delivery> locked(Packet original) {
        // locked so that two statuses on the same copy are judged one after the other
        return entityManager
                .createNamedQuery(Delivery.OF_PACKET, Delivery.class)
                .setParameter("packetId", original.packetId())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    private static String subject(StatusPacket status) {
        return status.statusCode().code() + " " + status.responseFor().documentId();
    }

    private static EdocException notParty(String reporter, int asSender, Packet original, StatusCode code) {
        return new EdocException(
                ErrorCode.STATUS_NOT_PARTY,
                HEADER + "/From/OrganId",
                reporter,
                asSender,
                original.documentId(),
                code.code());
    }
}
