package vn.edoc.exchange.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import vn.edoc.directory.boundary.RecipientRoute;
import vn.edoc.edxml.model.BusinessDocType;
import vn.edoc.edxml.model.StatusCode;
import vn.edoc.exchange.AxisHop;
import vn.edoc.exchange.DeliveryState;

/** A packet the axis accepted, with one delivery for each recipient. Its bytes are in {@link PacketContent}. */
@Entity
@Table(name = "packet")
@NamedQuery(
        name = Packet.HELD_CHANGES,
        query = "SELECT p FROM Packet p WHERE p.senderId IN :senderIds AND p.changesDocumentId = :documentId"
                + " AND p.changesPacketId IS NULL ORDER BY p.acceptedAt")
@NamedQuery(
        name = Packet.BY_SENDER_AND_DOCUMENT_ID,
        query = "SELECT p FROM Packet p WHERE p.senderId = :senderId AND p.documentId = :documentId"
                + " ORDER BY p.revision")
public class Packet {
    public static final String BY_SENDER_AND_DOCUMENT_ID = "Packet.bySenderAndDocumentId";
    public static final String HELD_CHANGES = "Packet.heldChanges";

    @Id
    @Column(name = "packet_id", length = 36)
    private String packetId;

    @Column(name = "sender_code", nullable = false, updatable = false, length = 35)
    private String senderId;

    @Column(name = "document_id", nullable = false, updatable = false, length = 200)
    private String documentId;

    /** 0 for the first packet under its DocumentId; more for an update or replacement that reuses it. */
    @Column(name = "revision", nullable = false, updatable = false)
    private int revision;

    @Column(name = "subject", nullable = false, updatable = false, length = 500)
    private String subject;

    @Column(name = "sha256", nullable = false, updatable = false, length = 64)
    private String sha256;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long size;

    @Column(name = "accepted_at", nullable = false, updatable = false)
    private Instant acceptedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 8)
    private PacketKind kind = PacketKind.DOCUMENT;

    /** For a status packet: the document packet it reports on. */
    @Column(name = "answers_packet_id", updatable = false, length = 36)
    private String answersPacketId;

    /** 0 new, 1 revocation, 2 update, 3 replacement (BussinessDocType). */
    @Column(name = "business_type", nullable = false, updatable = false)
    private int businessType;

    /** The sender's earlier DocumentId a revocation, update or replacement acts on. */
    @Column(name = "changes_document_id", updatable = false, length = 200)
    private String changesDocumentId;

    /** That document's packet, once it is here; {@code null} while this change is held. */
    @Column(name = "changes_packet_id", length = 36)
    private String changesPacketId;

    @Column(name = "removed_recipients", updatable = false, length = 1000)
    private String removedRecipients;

    /** When retention deleted the bytes; {@code null} while they are kept. */
    @Column(name = "purged_at")
    private Instant purgedAt;

    @Column(name = "due_date", updatable = false)
    private java.time.LocalDate dueDate;

    /** For a status packet: its StatusCode on the wire. */
    @Column(name = "status_code", updatable = false, length = 2)
    private String statusCode;

    @jakarta.persistence.Embedded
    private DocumentFacts facts;

    /**
     * The axes the packet crossed before this one, for a packet a peer axis forwarded ({@link AxisHop#toText}). Set
     * once, but after the row may have been written (a query of the acceptance flushes it first): updatable.
     */
    /** The connected system that vouched for a packet sent without XML-DSig on its envelope; null when signed. */
    @Column(name = "vouched_by", length = 64)
    private String vouchedBy;

    @Column(name = "trace", length = 2000)
    private String trace;

    @ElementCollection
    @CollectionTable(name = "packet_verification", joinColumns = @JoinColumn(name = "packet_id"))
    @OrderColumn(name = "step_no")
    private List<VerifiedStep> verification = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "packet_warning", joinColumns = @JoinColumn(name = "packet_id"))
    @OrderColumn(name = "position")
    private List<ForgivenField> warnings = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "pdf_signature", joinColumns = @JoinColumn(name = "packet_id"))
    @OrderColumn(name = "position")
    private List<PdfSignatureFound> pdfSignatures = new ArrayList<>();

    @OneToMany(mappedBy = "packet", cascade = CascadeType.PERSIST)
    @OrderBy("recipientId")
    private List<Delivery> deliveries = new ArrayList<>();

    protected Packet() {
        // for JPA
    }

    private Packet(String senderId, String documentId, String subject, String sha256, long size, Instant acceptedAt) {
        this.packetId = UUID.randomUUID().toString();
        this.senderId = senderId;
        this.documentId = documentId;
        this.subject = subject;
        this.sha256 = sha256;
        this.size = size;
        this.acceptedAt = acceptedAt;
    }

    /** The signature verification recorded when the packet was accepted. */
    public List<VerifiedStep> verification() {
        return Collections.unmodifiableList(verification);
    }

    /** Records what the reader forgave in the packet (its warnings), once, as it was accepted. */
    public void forgave(List<vn.edoc.error.Problem> forgiven) {
        forgiven.stream().map(ForgivenField::of).forEach(warnings::add);
    }

    /** Records the signatures found inside its PDF attachments, as they were checked at acceptance. */
    public void signedInPdf(List<vn.edoc.signature.PdfAttachments.AttachedPdf> pdfs) {
        pdfs.stream().map(PdfSignatureFound::of).forEach(pdfSignatures::addAll);
    }

    /** The signatures found inside its PDF attachments at acceptance, attachment by attachment. */
    public List<PdfSignatureFound> pdfSignatures() {
        return Collections.unmodifiableList(pdfSignatures);
    }

    /** What the reader forgave in the packet, in document order; empty for a packet that kept the standard. */
    public List<vn.edoc.error.Problem> warnings() {
        return warnings.stream().map(ForgivenField::warning).toList();
    }

    /**
     * Accepts a document packet for its recipients, each with a delivery that starts {@link DeliveryState#WAITING};
     * its signatures were verified step by step as the arrival says.
     */
    public static Packet accept(Arrival arrival, List<RecipientRoute> recipients) {
        return accept(arrival, recipients, DeliveryState.WAITING);
    }

    /**
     * Accepts a document that revokes, updates or replaces the sender's earlier document: its deliveries wait
     * ({@code WAITING}) when that document is here ({@code original} given), else they are held until it arrives.
     */
    public static Packet acceptChange(
            Arrival arrival,
            List<RecipientRoute> recipients,
            BusinessDocType type,
            String changesDocumentId,
            List<String> removedRecipients,
            Packet original) {
        Packet packet = accept(arrival, recipients, original == null ? DeliveryState.HELD : DeliveryState.WAITING);
        packet.businessType = type.code();
        packet.changesDocumentId = changesDocumentId;
        packet.removedRecipients = removedRecipients.isEmpty() ? null : String.join(" ", removedRecipients);
        packet.changesPacketId = original == null ? null : original.packetId();
        return packet;
    }

    private static Packet accept(Arrival arrival, List<RecipientRoute> recipients, DeliveryState first) {
        Packet packet = new Packet(
                arrival.senderId(),
                arrival.documentId(),
                arrival.subject(),
                arrival.sha256(),
                arrival.size(),
                arrival.at());
        packet.verification.addAll(arrival.verification());
        recipients.forEach(recipient -> packet.deliveries.add(new Delivery(packet, recipient, first, arrival.at())));
        packet.dueDate = arrival.dueDate();
        packet.revision = arrival.revision();
        return packet;
    }

    /** A held change whose original arrived: its copies are handed out from now on. */
    public void release(Packet original, Instant now) {
        changesPacketId = original.packetId();
        deliveries.forEach(d -> d.moveTo(DeliveryState.WAITING, now));
    }

    public BusinessDocType businessType() {
        return BusinessDocType.ofCode(Integer.toString(businessType)).orElseThrow();
    }

    /** Retention deleted the bytes; the row stays. */
    public void purge(Instant now) {
        purgedAt = now;
    }

    public boolean isPurged() {
        return purgedAt != null;
    }

    /** Whether this is an update or replacement sent under the DocumentId of the document it changes. */
    public boolean revisesItsOwnDocumentId() {
        return documentId.equals(changesDocumentId);
    }

    public String changesDocumentId() {
        return changesDocumentId;
    }

    /** For an update: the recipients it removes. */
    public List<String> removedRecipients() {
        return removedRecipients == null ? List.of() : List.of(removedRecipients.split(" "));
    }

    public java.time.LocalDate dueDate() {
        return dueDate;
    }

    /** Accepts a status packet about {@code answered}, to be delivered to the offices it informs. */
    public static Packet acceptStatus(
            Arrival arrival, List<RecipientRoute> informed, Packet answered, StatusCode code) {
        Packet packet = accept(arrival, informed);
        packet.kind = PacketKind.STATUS;
        packet.answersPacketId = answered.packetId();
        packet.statusCode = code.code();
        return packet;
    }

    /**
     * What the axis learnt of a packet when it accepted it.
     *
     * @param documentId the sender's DocumentId; for a status packet a key made of its SHA-256 (it has none)
     */
    public record Arrival(
            String senderId,
            String documentId,
            String subject,
            String sha256,
            long size,
            Instant at,
            List<VerifiedStep> verification,
            java.time.LocalDate dueDate,
            int revision) {
        public Arrival(
                String senderId,
                String documentId,
                String subject,
                String sha256,
                long size,
                Instant at,
                List<VerifiedStep> verification) {
            this(senderId, documentId, subject, sha256, size, at, verification, null, 0);
        }
    }

    /** Records what the document's header says; called once, as the packet is accepted. */
    public void describe(DocumentFacts facts) {
        this.facts = facts;
    }

    /** What the header said; empty facts for status packets and packets accepted before they were kept. */
    public java.util.Optional<DocumentFacts> facts() {
        return java.util.Optional.ofNullable(facts);
    }

    /** A peer axis forwarded the packet: the axes it crossed before this one. Called once, as it is accepted. */
    public void arrivedThrough(List<AxisHop> hops) {
        this.trace = hops.isEmpty() ? null : AxisHop.toText(hops);
    }

    /** The axes the packet crossed before this one; none when its sender handed it in here. */
    public List<AxisHop> crossedBefore() {
        return AxisHop.fromText(trace);
    }

    /** For a status packet: the document packet it reports on. */
    public String answersPacketId() {
        return answersPacketId;
    }

    public PacketKind kind() {
        return kind;
    }

    /** Whether one of these codes (an office and its predecessors) sent the packet. */
    public boolean isSentByAnyOf(Collection<String> officeIds) {
        return officeIds.contains(senderId);
    }

    /** Records that the envelope carried no XML-DSig and {@code systemId}, allowed to send so, vouched for it. */
    public void vouchedBy(String systemId) {
        this.vouchedBy = systemId;
    }

    /** The system that vouched for an envelope without XML-DSig, or null when the envelope was signed. */
    public String vouchedBy() {
        return vouchedBy;
    }

    public String packetId() {
        return packetId;
    }

    public String senderId() {
        return senderId;
    }

    public String documentId() {
        return documentId;
    }

    public String subject() {
        return subject;
    }

    public String sha256() {
        return sha256;
    }

    public long size() {
        return size;
    }

    public Instant acceptedAt() {
        return acceptedAt;
    }

    public List<Delivery> deliveries() {
        return Collections.unmodifiableList(deliveries);
    }
}
