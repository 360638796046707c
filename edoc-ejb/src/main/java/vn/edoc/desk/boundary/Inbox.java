package vn.edoc.desk.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.edoc.desk.control.ReceivedPacket;
import vn.edoc.directory.boundary.Directory;
import vn.edoc.edxml.model.DocumentPacket;
import vn.edoc.edxml.model.StatusCode;
import vn.edoc.error.EdocException;
import vn.edoc.error.ErrorCode;
import vn.edoc.exchange.DeliveryState;
import vn.edoc.exchange.boundary.Exchange;
import vn.edoc.exchange.boundary.PacketTrace;
import vn.edoc.exchange.boundary.Statuses;
import vn.edoc.exchange.boundary.StoredBytes;
import vn.edoc.exchange.entity.Delivery;
import vn.edoc.monitoring.boundary.AxisMetrics;
import vn.edoc.signature.StatusReply;

/**
 * The clerk's incoming documents. Opening a document receives it as a document-management system would: fetched,
 * confirmed with the SHA-256 of the bytes taken, and answered with a sealed 01 (arrived). Register (03), refuse (02),
 * assign (04), processing (05) and done (06) are sealed status packets sent through the same exchange, so the sender
 * sees them on its timeline whatever system it uses.
 */
@Stateless
public class Inbox {
    @Inject
    private Clock clock;

    private static final int MAX_ROWS = 300;
    private static final String PULLER = "desk";

    @PersistenceContext(unitName = "edoc")
    private EntityManager entityManager;

    @Inject
    private AxisMetrics metrics;

    @EJB
    private Directory directory;

    @EJB
    private Exchange exchange;

    @EJB
    private Statuses statuses;

    @EJB
    private DeskAccounts accounts;

    @Inject
    private DeskSeals seals;

    public List<IncomingDocument> list(String office, InboxFilter filter) {
        StringBuilder jpql = new StringBuilder("SELECT d FROM Delivery d JOIN FETCH d.packet p"
                + " WHERE d.recipientId IN :ids AND p.kind = vn.edoc.exchange.entity.PacketKind.DOCUMENT"
                + " AND d.state IN :states");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("ids", directory.identities(office));
        parameters.put("states", List.of(DeliveryState.WAITING, DeliveryState.FETCHED, DeliveryState.CONFIRMED));
        narrow(filter, jpql, parameters);
        jpql.append(" ORDER BY p.acceptedAt DESC, d.id DESC");
        TypedQuery<Delivery> query = entityManager.createQuery(jpql.toString(), Delivery.class);
        parameters.forEach(query::setParameter);
        Map<String, String> names = new HashMap<>();
        return query.setMaxResults(MAX_ROWS)
                .getResultStream()
                .map(d ->
                        IncomingDocument.of(d, names.computeIfAbsent(d.packet().senderId(), this::nameOf)))
                .toList();
    }

    private void narrow(InboxFilter filter, StringBuilder jpql, Map<String, Object> parameters) {
        if (InboxFilter.NEW.equals(filter.progress())) {
            jpql.append(" AND (d.progress IS NULL OR d.progress = '01')");
        } else if (filter.progress() != null && !filter.progress().isBlank()) {
            jpql.append(" AND d.progress = :progress");
            parameters.put("progress", filter.progress());
        }
        if (filter.priority() != null) {
            jpql.append(" AND p.facts.priority = :priority");
            parameters.put("priority", filter.priority());
        }
        if (filter.dueBy() != null) {
            jpql.append(" AND p.dueDate <= :dueBy");
            parameters.put("dueBy", filter.dueBy());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            String like = "%" + filter.text().strip().toLowerCase(Locale.ROOT) + "%";
            List<String> senders = new ArrayList<>(entityManager
                    .createQuery("SELECT o.code FROM Office o WHERE LOWER(o.name) LIKE :text", String.class)
                    .setParameter("text", like)
                    .getResultList());
            senders.add(""); // an empty IN list is not valid SQL
            jpql.append(" AND (LOWER(p.subject) LIKE :text"
                    + " OR LOWER(CONCAT(p.facts.codeNumber, '/', p.facts.codeNotation)) LIKE :text"
                    + " OR p.senderId IN :senders)");
            parameters.put("text", like);
            parameters.put("senders", senders);
        }
    }

    /**
     * Shows the document. Showing never receives it: a link (in an e-mail, on another site) opens the page with a GET,
     * and receiving binds the office (a signed receipt to the axis, a sealed 01 to the sender); the clerk does that
     * with {@link #receive}.
     */
    public IncomingView open(String office, String packetId, String clerk) {
        copyOf(office, packetId);
        return view(
                office,
                packetId,
                clerk,
                ReceivedPacket.read(stored(office, packetId, clerk)).document());
    }

    /** Receives the document if the office has not yet (the receipt, then 01 unless a status came first), shows it. */
    public IncomingView receive(String office, String packetId, String clerk) {
        Delivery copy = copyOf(office, packetId);
        // one read of the stored packet gives both what the page shows and the SHA-256 the receipt is confirmed with
        ReceivedPacket.Read read = ReceivedPacket.read(stored(office, packetId, clerk));
        DocumentPacket document = read.document();
        if (copy.state() != DeliveryState.CONFIRMED) {
            exchange.confirm(DeskCaller.of(clerk, office), office, packetId, read.sha256());
            if (copyOf(office, packetId).progress() == null) {
                send(office, document, StatusCode.ARRIVED, null, clerk);
            }
        }
        return view(office, packetId, clerk, document);
    }

    private IncomingView view(String office, String packetId, String clerk, DocumentPacket document) {
        PacketTrace trace = exchange.traces(DeskCaller.of(clerk, office), office, packetId, null);
        Delivery now = copyOf(office, packetId);
        return new IncomingView(
                IncomingDocument.of(now, nameOf(now.packet().senderId())),
                document.header().documentId(),
                document.header().promulgationInfo() == null
                        ? null
                        : document.header().promulgationInfo().date(),
                document.header().signerInfo() == null
                        ? null
                        : document.header().signerInfo().fullName(),
                ReceivedPacket.files(document),
                trace.recipients().isEmpty() ? null : trace.recipients().get(0),
                trace.vouchedBy(),
                trace.warnings(),
                PdfSignatureNote.of(now.packet().pdfSignatures()));
    }

    /** Sends the office's sealed status about the document (a reason is required for 02). */
    public void reply(String office, String packetId, StatusCode code, String description, String clerk) {
        if (code == StatusCode.REFUSED && (description == null || description.isBlank())) {
            throw new EdocException(ErrorCode.DRAFT_INCOMPLETE, "Description", "Description");
        }
        copyOf(office, packetId);
        send(office, ReceivedPacket.read(stored(office, packetId, clerk)).document(), code, description, clerk);
    }

    private void send(String office, DocumentPacket document, StatusCode code, String description, String clerk) {
        String staff = accounts.find(clerk).map(DeskAccount::fullName).orElse(clerk);
        try {
            byte[] status = StatusReply.about(
                    document,
                    office,
                    code,
                    description == null || description.isBlank() ? null : description.strip(),
                    staff,
                    StatusReply.now(clock),
                    seals.sealOf(office));
            metrics.acceptance(AxisMetrics.DESK, () -> statuses.report(DeskCaller.of(clerk, office), status));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One attachment of a received document: its name, type and bytes. */
    public ReceivedPacket.File attachment(String office, String packetId, int index, String clerk) {
        copyOf(office, packetId);
        return ReceivedPacket.file(stored(office, packetId, clerk), index);
    }

    private StoredBytes stored(String office, String packetId, String clerk) {
        return exchange.fetch(DeskCaller.of(clerk, office), office, packetId, PULLER)
                .bytes();
    }

    private Delivery copyOf(String office, String packetId) {
        Set<String> identities = directory.identities(office);
        return entityManager
                .createQuery(
                        "SELECT d FROM Delivery d WHERE d.packet.packetId = :packet AND d.recipientId IN :ids"
                                + " AND d.state IN :states",
                        Delivery.class)
                .setParameter("packet", packetId)
                .setParameter("ids", identities)
                .setParameter("states", List.of(DeliveryState.WAITING, DeliveryState.FETCHED, DeliveryState.CONFIRMED))
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new EdocException(ErrorCode.INCOMING_NOT_FOUND, "packetId", packetId, office));
    }

    private String nameOf(String code) {
        return directory.nameOf(code);
    }
}
