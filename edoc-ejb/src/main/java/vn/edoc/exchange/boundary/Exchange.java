package vn.edoc.exchange.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.edoc.audit.AuditAction;
import vn.edoc.audit.boundary.AuditLog;
import vn.edoc.directory.boundary.Directory;
import vn.edoc.directory.boundary.RecipientRoute;
import vn.edoc.directory.control.Routing;
import vn.edoc.directory.entity.Office;
import vn.edoc.edxml.model.BusinessDocType;
import vn.edoc.edxml.model.DocumentPacket;
import vn.edoc.error.EdocException;
import vn.edoc.error.ErrorCode;
import vn.edoc.exchange.DeliveryState;
import vn.edoc.exchange.control.BusinessChange;
import vn.edoc.exchange.control.Claims;
import vn.edoc.exchange.control.DeliverySettings;
import vn.edoc.exchange.control.PacketHeader;
import vn.edoc.exchange.control.PacketIntake;
import vn.edoc.exchange.control.PacketStore;
import vn.edoc.exchange.control.PdfSignaturesRequired;
import vn.edoc.exchange.control.ReadPacket;
import vn.edoc.exchange.control.SignatureCheck;
import vn.edoc.exchange.control.ThisAxis;
import vn.edoc.exchange.entity.Delivery;
import vn.edoc.exchange.entity.DocumentFacts;
import vn.edoc.exchange.entity.Packet;
import vn.edoc.exchange.entity.VerifiedStep;
import vn.edoc.systems.Caller;
import vn.edoc.systems.boundary.ConnectedSystems;
import vn.edoc.time.Vietnam;
import vn.edoc.trust.boundary.TrustSource;

/**
 * Store and forward: accepts packets, lists what waits for an office, hands packets out byte for byte and records each
 * recipient's confirmation. Each call is one transaction; a refusal leaves nothing behind.
 */
@Stateless
public class Exchange {
    @Inject
    private Clock clock;

    /** The most pending packets one call lists. */
    public static final int MAX_PENDING = 500;

    private static final int MAX_WORKER_NAME = 50;

    private static final String TO_PATH = "/edXML/edXMLEnvelope/edXMLHeader/MessageHeader/To/OrganId";
    private static final String ORGAN_ID = "organId";
    private static final String FROM_PATH = "/edXML/edXMLEnvelope/edXMLHeader/MessageHeader/From/OrganId";

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

    @EJB
    private Changes changes;

    @Inject
    private PacketIntake intake;

    @EJB
    private ConnectedSystems systems;

    @Inject
    private PacketStore store;

    @Inject
    private Forwardings forwardings;

    @Inject
    private ThisAxis thisAxis;

    /** How long a listed or fetched copy stays with its puller unless it confirms it, among others. */
    @Inject
    private DeliverySettings delivery;

    /**
     * Accepts a packet for every office in its {@code To}. Sending the same bytes again under the same DocumentId
     * answers the first acceptance; other bytes under a DocumentId the sender already used are refused, unless they
     * update or replace the document of that DocumentId.
     */
    public Acceptance send(Caller caller, IncomingPacket incoming) {
        return send(caller, incoming, null);
    }

    /**
     * Accepts a packet as {@link #send(Caller, IncomingPacket)} does; a packet a peer axis forwards ({@code
     * forwarding} given) comes from an office behind that peer and goes to the codes the peer names, each local or
     * behind another peer it has not crossed yet.
     */
    public Acceptance send(Caller caller, IncomingPacket incoming, Forwarding forwarding) {
        ReadPacket<DocumentPacket> read = intake.document(
                incoming.file(), incoming.size(), caller.readsStrictly(), intake.pdfVerifier(trustSource.current()));
        DocumentPacket document = read.packet();
        if (caller.requiresPdfSignatures()) {
            PdfSignaturesRequired.check(read.pdfs());
        }
        PacketHeader header = PacketHeader.of(document);
        systems.requireActsFor(caller, header.senderId(), FROM_PATH);
        List<RecipientRoute> recipients;
        if (forwarding == null) {
            Office sender = directory
                    .findActive(header.senderId())
                    .orElseThrow(() -> new EdocException(ErrorCode.SENDER_UNKNOWN, FROM_PATH, header.senderId()));
            recipients = routed(sender, header.recipientIds());
        } else {
            forwardings.check(caller, forwarding);
            recipients = forwardings.routed(forwarding, header.recipientIds());
        }
        List<VerifiedStep> verification = SignatureCheck.verified(
                trustSource.current(),
                intake.limits(),
                incoming.file(),
                document,
                caller.envelopeSignatures(),
                read.pdfs());
        String sha256 = incoming.sha256();
        BusinessChange change = BusinessChange.of(document);
        List<Packet> earlier = PacketQueries.sentUnder(entityManager, header.senderId(), header.documentId());
        Optional<Packet> same =
                earlier.stream().filter(p -> p.sha256().equals(sha256)).findFirst();
        if (same.isPresent()) {
            return Acceptance.of(
                    same.get(), receipts.signedAcceptanceOf(same.get().packetId()));
        }
        if (!earlier.isEmpty() && !mayShare(earlier, change, header.documentId())) {
            throw new EdocException(
                    ErrorCode.DOCUMENT_ID_REUSED,
                    "/edXML/edXMLEnvelope/edXMLHeader/MessageHeader/DocumentId",
                    header.senderId(),
                    header.documentId());
        }
        Packet.Arrival arrival = new Packet.Arrival(
                header.senderId(),
                header.documentId(),
                header.subject(),
                sha256,
                incoming.size(),
                now(),
                verification,
                document.header().dueDate(),
                earlier.size());
        Packet packet = changes.accepted(arrival, recipients, change, directory.identities(header.senderId()));
        packet.describe(DocumentFacts.of(document.header()));
        packet.forgave(read.warnings());
        packet.signedInPdf(read.pdfs());
        if (SignatureCheck.envelopeUnsigned(verification)) {
            packet.vouchedBy(caller.systemId());
        }
        if (forwarding != null) {
            packet.arrivedThrough(forwarding.hops());
        }
        entityManager.flush(); // the packet's row first: its chunks refer to it
        store(packet.packetId(), incoming.file());
        String recipientCodes =
                recipients.stream().map(RecipientRoute::recipientCode).collect(Collectors.joining(", "));
        audit.append(
                header.senderId(),
                AuditAction.PACKET_ACCEPTED,
                packet.packetId(),
                header.documentId() + " → " + recipientCodes);
        return Acceptance.of(packet, receipts.acceptedFor(packet).signedXml());
    }

    private void store(String packetId, Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            store.write(packetId, in);
        } catch (IOException e) {
            throw new UncheckedIOException("The packet " + packetId + " could not be read from " + file, e);
        }
    }

    /**
     * Where each recipient's copy goes (a dissolved office's successor, a peer axis), once per office even when the
     * sender named an office and its predecessor; refused when a routing rule forbids a recipient.
     */
    private List<RecipientRoute> routed(Office sender, List<String> addressed) {
        Routing routing = directory.routing();
        Map<String, RecipientRoute> byRecipient = new LinkedHashMap<>();
        for (RecipientRoute route : directory.routes(addressed, routing, TO_PATH)) {
            byRecipient.putIfAbsent(route.recipientCode(), route);
        }
        List<String> forbidden = byRecipient.values().stream()
                .filter(r -> !directory.allows(routing, sender, r))
                .map(RecipientRoute::recipientCode)
                .toList();
        if (!forbidden.isEmpty()) {
            throw new EdocException(
                    ErrorCode.RECIPIENT_NOT_ALLOWED, TO_PATH, sender.code(), String.join(", ", forbidden));
        }
        return List.copyOf(byRecipient.values());
    }

    /**
     * The packets waiting for {@code officeId} (not yet confirmed), oldest first, at most {@code maxItems}, each leased
     * to the calling puller: pullers of one office that run side by side name themselves ({@code worker}) and are never
     * handed the same copy while its lease lasts; calls without a name are one puller. A copy the puller does not
     * confirm comes back to every puller when its lease ends, so a puller that dies loses nothing. A page starts
     * after the copy its {@code cursor} names (the previous page's {@link PendingPage#nextCursor()}).
     */
    public PendingPage pending(Caller caller, String officeId, Integer maxItems, String worker, String cursor) {
        systems.requireActsFor(caller, officeId, ORGAN_ID);
        Set<String> identities = identities(officeId);
        if (maxItems != null && maxItems < 1) {
            throw new EdocException(ErrorCode.REQUEST_INVALID, "maxItems", "maxItems < 1");
        }
        int limit = maxItems == null ? MAX_PENDING : Math.min(maxItems, MAX_PENDING);
        long after = PendingPage.after(cursor);
        String puller = puller(officeId, worker);
        Instant now = now();
        List<Long> claimed = Claims.pullable(entityManager, identities, puller, now, after, limit);
        if (claimed.isEmpty()) {
            return new PendingPage(List.of(), null);
        }
        List<Delivery> copies = entityManager
                .createNamedQuery(Delivery.BY_IDS, Delivery.class)
                .setParameter("ids", claimed)
                .getResultList();
        copies.forEach(copy -> copy.lease(puller, now.plus(pullLease())));
        List<PendingDocument> page = copies.stream()
                .sorted(Comparator.comparingLong(Delivery::id))
                .map(PendingDocument::of)
                .toList();
        return PendingPage.of(page, claimed.get(claimed.size() - 1), limit);
    }

    /**
     * The packet's bytes for its sender or one of its recipients; a recipient's first fetch is recorded, and its copy
     * is leased to the fetching puller (refused while another puller holds it).
     */
    public FetchedPacket fetch(Caller caller, String officeId, String packetId, String worker) {
        return fetchAs(caller, officeId, packetId, puller(officeId, worker));
    }

    /**
     * The packet's bytes as {@link #fetch} hands them out, the copy leased to the calling system as a whole ({@link
     * #systemPuller}): a system on the national protocol pulls for all of its offices at once.
     */
    public FetchedPacket fetchForSystem(Caller caller, String officeId, String packetId) {
        return fetchAs(caller, officeId, packetId, systemPuller(caller));
    }

    /** The lease holder name of a connected system that pulls for all of its offices as one puller. */
    public static String systemPuller(Caller caller) {
        return "system:" + caller.systemId();
    }

    private FetchedPacket fetchAs(Caller caller, String officeId, String packetId, String puller) {
        systems.requireActsFor(caller, officeId, ORGAN_ID);
        Set<String> identities = identities(officeId);
        Packet packet = visiblePacket(identities, packetId);
        List<Delivery> copies = lockedDeliveries(packetId, identities);
        if (!packet.isSentByAnyOf(identities)
                && copies.stream().noneMatch(d -> d.state().isForTheRecipient())) {
            throw notFound(packetId, officeId); // held or cancelled: the recipient is not to have it
        }
        leaseToPuller(copies, puller, officeId);
        for (Delivery delivery : copies) {
            if (delivery.moveTo(DeliveryState.FETCHED, now())) {
                audit.append(officeId, AuditAction.PACKET_FETCHED, packetId, delivery.recipientId());
            }
        }
        if (packet.isPurged()) {
            throw new EdocException(ErrorCode.PACKET_PURGED, "packetId", packetId);
        }
        return new FetchedPacket(
                packet.packetId(), packet.documentId(), packet.sha256(), store.bytesOf(packetId, packet.size()));
    }

    /**
     * A recipient confirms it holds the packet. Given {@code sha256}, it must match the stored packet's. Confirming
     * again changes nothing.
     */
    public RecipientStatus confirm(Caller caller, String officeId, String packetId, String sha256) {
        systems.requireActsFor(caller, officeId, ORGAN_ID);
        List<Delivery> deliveries = lockedDeliveries(packetId, identities(officeId));
        if (deliveries.isEmpty()) {
            throw notFound(packetId, officeId);
        }
        String stored = deliveries.get(0).packet().sha256();
        if (sha256 != null && !sha256.strip().equalsIgnoreCase(stored)) {
            throw new EdocException(ErrorCode.DIGEST_MISMATCH, "sha256", sha256, stored);
        }
        // an office that succeeded two recipients of the same packet holds both copies once it holds one
        Instant now = now();
        for (Delivery delivery : deliveries) {
            if (delivery.moveTo(DeliveryState.CONFIRMED, now)) {
                receipts.deliveredFor(delivery, now);
                audit.append(officeId, AuditAction.DELIVERY_CONFIRMED, packetId, delivery.recipientId());
            }
        }
        return RecipientStatus.of(deliveries.get(0));
    }

    /**
     * The axis's signed receipts of a packet, oldest first: its sender gets all of them, a recipient those of its own
     * confirmations.
     */
    public List<SignedReceiptCopy> receipts(Caller caller, String officeId, String packetId) {
        systems.requireActsFor(caller, officeId, ORGAN_ID);
        Set<String> identities = identities(officeId);
        Packet packet = visiblePacket(identities, packetId);
        boolean sender = packet.isSentByAnyOf(identities);
        return receipts.ofPacket(packetId).stream()
                .filter(r -> sender || (r.recipientId() != null && identities.contains(r.recipientId())))
                .map(SignedReceiptCopy::of)
                .toList();
    }

    /**
     * The office's overdue documents, earliest due first: those it received and has neither finished nor refused by
     * their DueDate, and those it sent that a recipient has not. Today is Vietnam's date.
     */
    public List<OverdueDocument> overdue(Caller caller, String officeId) {
        systems.requireActsFor(caller, officeId, ORGAN_ID);
        Set<String> identities = identities(officeId);
        return entityManager
                .createNamedQuery(Delivery.OVERDUE, Delivery.class)
                .setParameter("today", java.time.LocalDate.now(clock.withZone(Vietnam.ZONE)))
                .setParameter("officeIds", identities)
                .setMaxResults(MAX_PENDING)
                .getResultStream()
                .map(d -> OverdueDocument.of(d, identities.contains(d.packet().senderId())))
                .toList();
    }

    /**
     * Each recipient's state and history: the sender sees every recipient, a recipient only itself; with {@code
     * recipientId}, only that recipient (by the code delivered to or the code the sender wrote).
     */
    public PacketTrace traces(Caller caller, String officeId, String packetId, String recipientId) {
        systems.requireActsFor(caller, officeId, ORGAN_ID);
        Set<String> identities = identities(officeId);
        Packet packet = visiblePacket(identities, packetId);
        boolean sender = packet.isSentByAnyOf(identities);
        List<PacketTrace.RecipientTrace> recipients = packet.deliveries().stream()
                .filter(d -> sender || identities.contains(d.recipientId()))
                .filter(d -> recipientId == null
                        || recipientId.equals(d.recipientId())
                        || recipientId.equals(d.addressedCode()))
                .map(PacketTrace.RecipientTrace::of)
                .toList();
        if (recipients.isEmpty() && recipientId != null) {
            throw new EdocException(
                    ErrorCode.REQUEST_INVALID, "recipientId", recipientId + " is not a recipient of " + packetId);
        }
        return new PacketTrace(
                packet.packetId(),
                packet.documentId(),
                packet.senderId(),
                recipients,
                thisAxis.trace(packet),
                packet.vouchedBy(),
                packet.warnings());
    }

    private void leaseToPuller(List<Delivery> copies, String puller, String officeId) {
        Instant now = now();
        List<Delivery> open = copies.stream().filter(d -> d.state().isPending()).toList();
        for (Delivery copy : open) {
            if (copy.isLeasedToOtherThan(puller, now)) {
                throw new EdocException(
                        ErrorCode.DELIVERY_LEASED,
                        "packetId",
                        copy.packet().packetId(),
                        officeId,
                        copy.leaseUntil().toString());
            }
        }
        open.forEach(copy -> copy.lease(puller, now.plus(pullLease())));
    }

    /** The lease holder name of a puller: its office and the name it gave, if any. */
    private static String puller(String officeId, String worker) {
        if (worker != null && (worker.isBlank() || worker.length() > MAX_WORKER_NAME)) {
            throw new EdocException(
                    ErrorCode.REQUEST_INVALID, "worker", "worker: 1-" + MAX_WORKER_NAME + " characters");
        }
        return "pull:" + officeId.strip() + "/" + (worker == null ? "" : worker.strip());
    }

    private Duration pullLease() {
        return delivery.pullLease();
    }

    /** The time of an event, to the millisecond: what the database keeps is what the caller is told. */
    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }

    /**
     * The codes an active office acts for: its own and its predecessors', so that after a merge it receives what
     * waited for them and follows the documents they sent.
     */
    private Set<String> identities(String officeId) {
        if (directory.findActive(officeId).isEmpty()) {
            throw new EdocException(ErrorCode.OFFICE_UNKNOWN, "organId", officeId);
        }
        return directory.identities(officeId.strip());
    }

    /**
     * Whether other bytes may come under a DocumentId the sender used: an update or replacement of the document of
     * that DocumentId, or that document itself after its updates or replacements came first.
     */
    private static boolean mayShare(List<Packet> earlier, BusinessChange change, String documentId) {
        boolean revision = (change.type() == BusinessDocType.UPDATE || change.type() == BusinessDocType.REPLACE)
                && documentId.equals(change.targetDocumentId());
        boolean originalAfterItsRevisions =
                !change.isChange() && earlier.stream().allMatch(Packet::revisesItsOwnDocumentId);
        return revision || originalAfterItsRevisions;
    }

    private Packet visiblePacket(Set<String> identities, String packetId) {
        Packet packet = packetId == null ? null : entityManager.find(Packet.class, packetId);
        if (packet == null || !(packet.isSentByAnyOf(identities) || isRecipient(packetId, identities))) {
            throw notFound(packetId, identities.iterator().next());
        }
        return packet;
    }

    /**
     * Asks for the office's own copies only: loading every copy of a packet sent to a whole province on each fetch and
     * confirmation made a fan-out cost the square of its recipients (found by the load benchmark).
     */
    private boolean isRecipient(String packetId, Set<String> identities) {
        return !entityManager
                .createNamedQuery(Delivery.BY_PACKET_AND_RECIPIENT, Delivery.class)
                .setParameter("packetId", packetId)
                .setParameter("recipientIds", identities)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    private List<Delivery> lockedDeliveries(String packetId, Set<String> recipientIds) {
        // Locked so that two calls for the same copy cannot both append the same event.
        return entityManager
                .createNamedQuery(Delivery.BY_PACKET_AND_RECIPIENT, Delivery.class)
                .setParameter("packetId", packetId)
                .setParameter("recipientIds", recipientIds)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    private static EdocException notFound(String packetId, String officeId) {
        return new EdocException(ErrorCode.PACKET_NOT_FOUND, "packetId", packetId, officeId);
    }
}
