package vn.edoc.exchange.boundary;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import vn.edoc.exchange.entity.Packet;

/** The look-ups of packets that both documents and statuses need. */
final class PacketQueries {
    private PacketQueries() {}

    /**
     * The document a sender sent under a DocumentId, if any: not an update or replacement that reused that DocumentId
     * (unless there is nothing else yet).
     */
    static Optional<Packet> findSent(EntityManager entityManager, String senderId, String documentId) {
        List<Packet> sent = sentUnder(entityManager, senderId, documentId);
        return sent.stream()
                .filter(p -> !p.revisesItsOwnDocumentId())
                .findFirst()
                .or(() -> sent.stream().findFirst());
    }

    /** Every packet a sender sent under a DocumentId (the key of idempotent sending), first revision first. */
    static List<Packet> sentUnder(EntityManager entityManager, String senderId, String documentId) {
        return entityManager
                .createNamedQuery(Packet.BY_SENDER_AND_DOCUMENT_ID, Packet.class)
                .setParameter("senderId", senderId)
                .setParameter("documentId", documentId)
                .getResultList();
    }
}
