package vn.edoc.exchange.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.edoc.audit.AuditAction;
import vn.edoc.audit.boundary.AuditLog;
import vn.edoc.directory.boundary.RecipientRoute;
import vn.edoc.edxml.model.BusinessDocType;
import vn.edoc.exchange.DeliveryState;
import vn.edoc.exchange.control.BusinessChange;
import vn.edoc.exchange.entity.Delivery;
import vn.edoc.exchange.entity.Packet;
import vn.edoc.exchange.entity.PendingChange;

/**
 * Revocations, updates and replacements, in order per document. A change whose original is here acts on it at once;
 * one that arrives first is held and acts when its original arrives. Acting means, for each copy of the original it
 * concerns (all of them for a revocation or replacement, the removed recipients for an update): a copy not yet handed
 * out is cancelled (a revoked one is not delivered at all, nor is the revocation); a copy handed out keeps the change
 * waiting for the recipient's 15 or 16. Runs in the caller's transaction.
 */
@Stateless
public class Changes {
    @PersistenceContext(unitName = "edoc")
    private EntityManager entityManager;

    @EJB
    private AuditLog audit;

    /**
     * Stores an accepted document packet: a change to an original that is here acts on it at once, a change whose
     * original is not here yet is held, and a new document releases the changes that waited for it.
     *
     * @param sender the sending office's codes (its own and its predecessors')
     */
    public Packet accepted(
            Packet.Arrival arrival, List<RecipientRoute> recipients, BusinessChange change, Set<String> sender) {
        if (!change.isChange()) {
            Packet packet = Packet.accept(arrival, recipients);
            entityManager.persist(packet);
            releaseWaitingFor(packet, sender, arrival.at());
            return packet;
        }
        Optional<Packet> original = original(sender, change.targetDocumentId());
        Packet packet = Packet.acceptChange(
                arrival,
                recipients,
                change.type(),
                change.targetDocumentId(),
                change.removedRecipients(),
                original.orElse(null));
        entityManager.persist(packet);
        original.ifPresent(o -> apply(packet, o, arrival.at()));
        return packet;
    }

    /** The sender's earlier document a change names, if the axis has it. */
    private Optional<Packet> original(Set<String> sender, String documentId) {
        return sender.stream()
                .map(id -> PacketQueries.findSent(entityManager, id, documentId))
                .flatMap(Optional::stream)
                .findFirst();
    }

    /** A new document arrived: the changes that waited for it act now. */
    private void releaseWaitingFor(Packet original, Set<String> sender, Instant now) {
        List<Packet> held = entityManager
                .createNamedQuery(Packet.HELD_CHANGES, Packet.class)
                .setParameter("senderIds", sender)
                .setParameter("documentId", original.documentId())
                .getResultList();
        for (Packet change : held) {
            change.release(original, now);
            apply(change, original, now);
        }
    }

    /** A change acts on its original's copies. */
    private void apply(Packet change, Packet original, Instant now) {
        PendingChange kind = PendingChange.valueOf(change.businessType().name());
        List<Delivery> copies = entityManager
                .createNamedQuery(Delivery.OF_PACKET, Delivery.class)
                .setParameter("packetId", original.packetId())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        for (Delivery copy : copies) {
            if (!concerns(change, copy)) {
                continue;
            }
            boolean cancelled = copy.change(kind, now);
            if (cancelled && change.businessType() == BusinessDocType.REVOKE) {
                // the recipient never saw the document: it needs no revocation either
                change.deliveries().stream()
                        .filter(d -> d.recipientId().equals(copy.recipientId()))
                        .forEach(d -> d.moveTo(DeliveryState.CANCELLED, now));
            }
        }
        audit.append(
                original.senderId(),
                AuditAction.CHANGE_APPLIED,
                original.packetId(),
                kind + " by " + change.packetId());
    }

    private static boolean concerns(Packet change, Delivery copy) {
        return change.businessType() != BusinessDocType.UPDATE
                || change.removedRecipients().contains(copy.recipientId());
    }
}
