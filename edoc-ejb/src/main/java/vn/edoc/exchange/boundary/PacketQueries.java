package vn.edoc.exchange.boundary;

import jakarta.persistence.EntityManager;
import java.util.Optional;
import vn.edoc.exchange.entity.Packet;

/** The look-ups of packets that both documents and statuses need. */
final class PacketQueries {
    private PacketQueries() {}

    /** The packet a sender sent under a DocumentId (the key of idempotent sending), if any. */
    static Optional<Packet> findSent(EntityManager entityManager, String senderId, String documentId) {
        return entityManager
                .createNamedQuery(Packet.BY_SENDER_AND_DOCUMENT_ID, Packet.class)
                .setParameter("senderId", senderId)
                .setParameter("documentId", documentId)
                .getResultStream()
                .findFirst();
    }
}
