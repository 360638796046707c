package vn.edoc.desk.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import vn.edoc.error.EdocException;
import vn.edoc.error.ErrorCode;

/**
 * An outgoing document of one office from the clerk's first draft to its issue. It keeps its own rules: content changes
 * only while a draft or returned; the packet the leader signs is the one written when it was submitted; only a signed
 * draft is issued, once. Every step is appended to its history.
 */
@Entity
@Table(name = "draft")
@NamedQuery(
        name = Draft.OF_OFFICE,
        query = "SELECT d FROM Draft d WHERE d.officeCode = :office ORDER BY d.createdAt DESC, d.id DESC")
@NamedQuery(
        name = Draft.FOR_LEADER,
        query = "SELECT d FROM Draft d WHERE d.leaderId = :leader AND d.officeCode = :office AND d.state = :state"
                + " ORDER BY d.priority DESC, d.createdAt")
@NamedQuery(
        name = Draft.SAME_DOCUMENT_ID,
        query = "SELECT COUNT(d) FROM Draft d WHERE d.officeCode = :office AND d.documentId = :documentId"
                + " AND d.id <> :id")
public class Draft {
    public static final String SAME_DOCUMENT_ID = "Draft.sameDocumentId";
    public static final String OF_OFFICE = "Draft.ofOffice";
    public static final String FOR_LEADER = "Draft.forLeader";

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "draft_ids")
    @TableGenerator(
            name = "draft_ids",
            table = "id_generator",
            pkColumnName = "name",
            valueColumnName = "next_value",
            pkColumnValue = "draft",
            allocationSize = 10)
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    @Column(name = "office_code", nullable = false, updatable = false, length = 35)
    private String officeCode;

    @Column(name = "document_id", nullable = false, length = 200)
    private String documentId;

    @Column(name = "business_type", nullable = false, updatable = false)
    private int businessType;

    @Column(name = "changes_document_id", updatable = false, length = 200)
    private String changesDocumentId;

    @Column(name = "change_reason", updatable = false, length = 500)
    private String changeReason;

    @Column(name = "type_code", nullable = false)
    private int typeCode;

    @Column(name = "type_name", nullable = false, length = 100)
    private String typeName;

    @Column(name = "code_number", nullable = false, length = 11)
    private String number;

    @Column(name = "code_notation", nullable = false, length = 30)
    private String notation;

    @Column(name = "subject", nullable = false, length = 500)
    private String subject;

    @Column(name = "leader_id", nullable = false, length = 64)
    private String leaderId;

    @Column(name = "priority", nullable = false)
    private int priority;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Column(name = "recipients", nullable = false, length = 4000)
    private String recipients;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private DraftState state;

    /** Fetched when asked for: the lists load drafts by the hundred. Touch it first in a method that changes it. */
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "packet")
    private byte[] packet;

    @Column(name = "packet_id", length = 36)
    private String packetId;

    @Column(name = "created_by", nullable = false, updatable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "draft_attachment", joinColumns = @JoinColumn(name = "draft_id"))
    @OrderColumn(name = "position")
    private List<DraftAttachment> attachments = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "draft_event", joinColumns = @JoinColumn(name = "draft_id"))
    // each event carries its own seq (not an @OrderColumn): EclipseLink, comparing an order column's list after an
    // append, once renumbered the rows ("UPDATE draft_event SET seq = ?") into a duplicate key and the clerk's
    // submission failed (WebUiIT on MariaDB); an append is now one INSERT, and nothing ever renumbers
    @OrderBy("seq")
    private List<DraftEvent> events = new ArrayList<>();

    protected Draft() {
        // for JPA
    }

    /**
     * A new draft of {@code officeCode}; {@code businessType} 0 is a new document, 1–3 revoke, update or replace the
     * office's document {@code changesDocumentId}.
     */
    public Draft(
            String officeCode, int businessType, String changesDocumentId, String reason, String clerk, Instant now) {
        this.officeCode = officeCode;
        this.businessType = businessType;
        this.changesDocumentId = changesDocumentId;
        this.changeReason = reason;
        this.createdBy = clerk;
        this.createdAt = now;
        this.state = DraftState.DRAFT;
        // unique per office until the draft is submitted and its DocumentId is known
        this.documentId = "draft:" + java.util.UUID.randomUUID();
        this.recipients = "";
        this.typeName = "";
        this.number = "";
        this.notation = "";
        this.subject = "";
        this.leaderId = "";
        append(now, clerk, "CREATED", null);
    }

    /** The clerk's content; allowed while the draft is editable. */
    public void write(DraftContent content, String clerk, Instant now) {
        requireState("write", DraftState.DRAFT, DraftState.RETURNED);
        this.typeCode = content.typeCode();
        this.typeName = content.typeName();
        this.number = content.number();
        this.notation = content.notation();
        this.subject = content.subject();
        this.leaderId = content.leaderId();
        this.priority = content.priority();
        this.dueDate = content.dueDate();
        this.recipients = String.join(",", content.recipients());
        append(now, clerk, "SAVED", null);
    }

    public void attach(DraftAttachment attachment, String clerk, Instant now) {
        requireState("attach", DraftState.DRAFT, DraftState.RETURNED);
        attachments.add(attachment);
        append(now, clerk, "ATTACHED", attachment.fileName());
    }

    public void detach(int index, String clerk, Instant now) {
        requireState("detach", DraftState.DRAFT, DraftState.RETURNED);
        DraftAttachment removed = attachments.remove(index);
        append(now, clerk, "DETACHED", removed.fileName());
    }

    /** Written as the packet the leader is to sign, and put in the leader's queue. */
    public void submit(String documentId, byte[] unsignedPacket, String clerk, Instant now) {
        requireState("submit", DraftState.DRAFT, DraftState.RETURNED);
        // the packet first: it is fetched lazily, and EclipseLink loads the rest of the row when it is first touched,
        // which put back the DocumentId assigned just before it (found by WebUiIT: the issued draft had none)
        this.packet = unsignedPacket;
        this.documentId = documentId;
        this.state = DraftState.AWAITING_SIGNATURE;
        append(now, clerk, "SUBMITTED", null);
    }

    /** The leader sends it back to the clerk with a comment. */
    public void returnToClerk(String comment, String leader, Instant now) {
        requireState("return", DraftState.AWAITING_SIGNATURE);
        this.packet = null;
        this.state = DraftState.RETURNED;
        append(now, leader, "RETURNED", comment);
    }

    /** The leader signed the submitted packet: these are its signed bytes. */
    public void signed(byte[] signedPacket, String leader, Instant now) {
        requireState("sign", DraftState.AWAITING_SIGNATURE);
        this.packet = signedPacket;
        this.state = DraftState.SIGNED;
        append(now, leader, "SIGNED", null);
    }

    /** Sealed and accepted by the axis as {@code packetId}. */
    public void issued(byte[] sealedPacket, String packetId, String clerk, Instant now) {
        requireState("issue", DraftState.SIGNED);
        this.packet = sealedPacket;
        this.packetId = packetId;
        this.state = DraftState.ISSUED;
        append(now, clerk, "ISSUED", packetId);
    }

    private void requireState(String step, DraftState... allowed) {
        if (!Arrays.asList(allowed).contains(state)) {
            throw new EdocException(ErrorCode.DRAFT_STATE_ILLEGAL, "draft", id, state, step);
        }
    }

    private void append(Instant now, String actor, String action, String remark) {
        // the column keeps milliseconds: the entity in memory keeps what the database gives back
        events.add(new DraftEvent(events.size(), now.truncatedTo(ChronoUnit.MILLIS), actor, action, remark));
    }

    public Long id() {
        return id;
    }

    public String officeCode() {
        return officeCode;
    }

    public String documentId() {
        return documentId;
    }

    public int businessType() {
        return businessType;
    }

    public String changesDocumentId() {
        return changesDocumentId;
    }

    public String changeReason() {
        return changeReason;
    }

    /** Whether the draft was submitted at least once (its DocumentId is the packet's). */
    public boolean hasDocumentId() {
        return !documentId.startsWith("draft:");
    }

    public DraftContent content() {
        return new DraftContent(
                typeCode,
                typeName,
                number,
                notation,
                subject,
                leaderId,
                priority,
                dueDate,
                recipients.isEmpty() ? List.of() : List.of(recipients.split(",")));
    }

    public DraftState state() {
        return state;
    }

    public byte[] packet() {
        return packet;
    }

    public String packetId() {
        return packetId;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public List<DraftAttachment> attachments() {
        return Collections.unmodifiableList(attachments);
    }

    public List<DraftEvent> events() {
        return Collections.unmodifiableList(events);
    }
}
