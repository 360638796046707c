package vn.edoc.desk.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import vn.edoc.audit.AuditAction;
import vn.edoc.audit.boundary.AuditLog;
import vn.edoc.desk.control.DraftChecks;
import vn.edoc.desk.entity.Draft;
import vn.edoc.desk.entity.DraftAttachment;
import vn.edoc.desk.entity.DraftContent;
import vn.edoc.desk.entity.DraftState;
import vn.edoc.directory.boundary.Directory;
import vn.edoc.directory.entity.Office;
import vn.edoc.edxml.Sha256;
import vn.edoc.edxml.model.BusinessDocType;
import vn.edoc.error.EdocException;
import vn.edoc.error.ErrorCode;
import vn.edoc.exchange.boundary.Acceptance;
import vn.edoc.exchange.boundary.Exchange;
import vn.edoc.exchange.boundary.IncomingPacket;
import vn.edoc.exchange.boundary.PacketTrace;
import vn.edoc.monitoring.boundary.AxisMetrics;
import vn.edoc.time.Vietnam;

/**
 * The clerk's outgoing documents: drafts written and attached to, submitted to the leader as an unsigned packet,
 * and, once signed, sealed with the office's seal and sent through the exchange as a connected system would. Every
 * call acts for the clerk's own office and is one transaction: a refused step leaves the draft as it was.
 */
@Stateless
public class Outbox {
    @Inject
    private Clock clock;

    /** The largest file a clerk attaches in the web UI. */
    public static final long MAX_ATTACHMENT_BYTES = 20L * 1024 * 1024;

    static final ZoneId VIETNAM = Vietnam.ZONE;

    @PersistenceContext(unitName = "edoc")
    private EntityManager entityManager;

    @Inject
    private AxisMetrics metrics;

    @EJB
    private Directory directory;

    @EJB
    private Exchange exchange;

    @EJB
    private AuditLog audit;

    @EJB
    private DeskAccounts accounts;

    @Inject
    private DeskSeals seals;

    @Inject
    private DraftWriter writer;

    public List<DraftSummary> ofOffice(String office) {
        return entityManager
                .createNamedQuery(Draft.OF_OFFICE, Draft.class)
                .setParameter("office", office)
                .setMaxResults(500)
                .getResultStream()
                .map(DraftSummary::of)
                .toList();
    }

    public DraftView open(long id, String office, String actor) {
        Draft draft = draftOf(id, office);
        PacketTrace trace = draft.packetId() == null
                ? null
                : exchange.traces(DeskCaller.of(actor, office), office, draft.packetId(), null);
        return DraftViews.of(draft, directory, trace);
    }

    /**
     * A new draft ({@code id} null) or the clerk's changes to an editable one, with the files uploaded since; answers
     * its number. All or nothing: a refused file leaves the draft as it was.
     */
    public long save(Long id, String office, String clerk, DraftContent content, List<NewAttachment> files) {
        DraftChecks.check(content, LocalDate.now(clock.withZone(VIETNAM)));
        checkRecipients(office, content.recipients());
        checkSigner(office, content.leaderId());
        Draft draft = id == null ? newDraft(office, clerk, BusinessDocType.NEW, null, null) : draftOf(id, office);
        draft.write(content, clerk, Instant.now(clock));
        for (NewAttachment file : files) {
            draft.attach(attachment(file), clerk, Instant.now(clock));
        }
        return draft.id();
    }

    /** Opens a revocation, update or replacement of an issued document as a new draft with its content. */
    public long startChange(long issuedId, String office, String clerk, BusinessDocType type, String reason) {
        Draft original = draftOf(issuedId, office);
        if (original.state() != DraftState.ISSUED || type == BusinessDocType.NEW) {
            throw new EdocException(ErrorCode.DRAFT_STATE_ILLEGAL, "draft", issuedId, original.state(), type);
        }
        if (reason == null || reason.isBlank()) {
            throw new EdocException(ErrorCode.DRAFT_INCOMPLETE, "BussinessDocReason", "BussinessDocReason");
        }
        Draft change = newDraft(office, clerk, type, original.documentId(), reason.strip());
        DraftContent content = original.content();
        if (type != BusinessDocType.UPDATE) {
            // a revocation or a replacement is a document of its own, with its own number (ND30 Art. 18)
            content = new DraftContent(
                    content.typeCode(),
                    content.typeName(),
                    "",
                    content.notation(),
                    content.subject(),
                    content.leaderId(),
                    content.priority(),
                    content.dueDate(),
                    content.recipients());
        }
        change.write(content, clerk, Instant.now(clock));
        return change.id();
    }

    private static DraftAttachment attachment(NewAttachment file) {
        byte[] bytes = file.bytes();
        if (bytes.length == 0 || bytes.length > MAX_ATTACHMENT_BYTES) {
            throw new EdocException(
                    ErrorCode.ATTACHMENT_TOO_LARGE, "Attachment", file.fileName(), MAX_ATTACHMENT_BYTES);
        }
        // the browser may send a whole path (old Internet Explorer); only the file's own name is kept
        String name = file.fileName().replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        if (name.isBlank()) {
            throw new EdocException(ErrorCode.ATTACHMENT_NAME_INVALID, "Attachment", file.fileName());
        }
        String type = file.contentType() == null || file.contentType().isBlank()
                ? "application/octet-stream"
                : file.contentType();
        return new DraftAttachment(name, type, Sha256.of(bytes), bytes);
    }

    public void detach(long id, String office, String clerk, int index) {
        Draft draft = draftOf(id, office);
        if (index < 0 || index >= draft.attachments().size()) {
            throw new EdocException(ErrorCode.REQUEST_INVALID, "index", "no attachment " + index);
        }
        draft.detach(index, clerk, Instant.now(clock));
    }

    /** Writes the draft as the unsigned packet and puts it in its leader's review queue. */
    public void submit(long id, String office, String clerk) {
        Draft draft = draftOf(id, office);
        DraftContent content = draft.content();
        checkRecipients(office, content.recipients());
        DraftWriter.Written written = writer.write(draft);
        long taken = entityManager
                .createNamedQuery(Draft.SAME_DOCUMENT_ID, Long.class)
                .setParameter("office", office)
                .setParameter("documentId", written.documentId())
                .setParameter("id", id)
                .getSingleResult();
        boolean updateUnderItsOriginalsId = draft.businessType() == BusinessDocType.UPDATE.code()
                && written.documentId().equals(draft.changesDocumentId());
        if (taken > 0 && !updateUnderItsOriginalsId) {
            // ND30: a number and notation is the office's once a year; the DocumentId carries them with the date
            throw new EdocException(ErrorCode.DOCUMENT_ID_REUSED, "Code", office, written.documentId());
        }
        draft.submit(written.documentId(), written.packet(), clerk, Instant.now(clock));
        audit.append(clerk, AuditAction.DRAFT_SUBMITTED, written.documentId(), content.leaderId());
    }

    /** Seals the leader-signed packet with the office's seal and sends it; answers the packet's id on the axis. */
    public String issue(long id, String office, String clerk) {
        Draft draft = draftOf(id, office);
        if (draft.state() != DraftState.SIGNED) {
            throw new EdocException(ErrorCode.DRAFT_STATE_ILLEGAL, "draft", id, draft.state(), "issue");
        }
        byte[] sealed = seal(draft.packet(), office);
        Acceptance accepted = send(sealed, office, clerk);
        draft.issued(sealed, accepted.packetId(), clerk, Instant.now(clock));
        return accepted.packetId();
    }

    public byte[] attachment(long id, String office, int index) {
        List<DraftAttachment> files = draftOf(id, office).attachments();
        if (index < 0 || index >= files.size()) {
            throw new EdocException(ErrorCode.REQUEST_INVALID, "index", "no attachment " + index);
        }
        return files.get(index).content();
    }

    private byte[] seal(byte[] signed, String office) {
        return seals.sealDocument(signed, office);
    }

    private Acceptance send(byte[] packet, String office, String clerk) {
        Path file = null;
        try {
            file = Files.createTempFile("edoc-desk-", ".edxml");
            Files.write(file, packet);
            IncomingPacket incoming = new IncomingPacket(file, packet.length, Sha256.of(packet));
            return metrics.acceptance(AxisMetrics.DESK, () -> exchange.send(DeskCaller.of(clerk, office), incoming));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            DraftWriter.deleteQuietly(file);
        }
    }

    private Draft newDraft(String office, String clerk, BusinessDocType type, String changes, String reason) {
        Draft draft = new Draft(office, type.code(), changes, reason, clerk, Instant.now(clock));
        entityManager.persist(draft);
        return draft;
    }

    private Draft draftOf(long id, String office) {
        Draft draft = entityManager.find(Draft.class, id);
        if (draft == null || !draft.officeCode().equals(office)) {
            throw new EdocException(ErrorCode.DRAFT_NOT_FOUND, "draft", id, office);
        }
        return draft;
    }

    private void checkRecipients(String office, List<String> recipients) {
        for (String code : recipients) {
            Office recipient = directory.findActive(code).orElse(null);
            if (recipient == null || recipient.code().equals(office)) {
                throw new EdocException(ErrorCode.RECIPIENT_UNKNOWN, "To", code);
            }
        }
    }

    private void checkSigner(String office, String leaderId) {
        boolean known = accounts.leadersOf(office).stream().anyMatch(a -> leaderId.equals(a.leaderId()));
        if (!known) {
            throw new EdocException(ErrorCode.LEADER_UNKNOWN, "SignerInfo", leaderId);
        }
    }
}
