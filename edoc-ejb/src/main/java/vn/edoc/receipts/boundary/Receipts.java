package vn.edoc.receipts.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.edoc.receipts.entity.StoredReceipt;
import vn.edoc.signature.Receipt;
import vn.edoc.signature.ReceiptSigner;

/** Issues the axis's signed receipts, in the caller's transaction, and finds them again. */
@Stateless
public class Receipts {
    @PersistenceContext(unitName = "edoc")
    private EntityManager entityManager;

    @EJB
    private AxisKey axisKey;

    /** The name the receipts give the axis (MP Config {@code edoc.axis.name}). */
    @Inject
    @ConfigProperty(name = "edoc.axis.name", defaultValue = "edoc")
    private String axisName;

    /** Signs and stores a receipt for a packet the axis accepted; its signed XML. */
    public StoredReceipt accepted(String packetId, String documentId, String senderId, String sha256, Instant at) {
        return issue(new Receipt(
                UUID.randomUUID().toString(),
                Receipt.Kind.ACCEPTED,
                axisName,
                packetId,
                documentId,
                senderId,
                null,
                sha256,
                at));
    }

    /** Signs and stores a receipt for a delivery a recipient confirmed. */
    public StoredReceipt delivered(
            String packetId, String documentId, String senderId, String recipientId, String sha256, Instant at) {
        return issue(new Receipt(
                UUID.randomUUID().toString(),
                Receipt.Kind.DELIVERED,
                axisName,
                packetId,
                documentId,
                senderId,
                recipientId,
                sha256,
                at));
    }

    /** Every receipt of a packet: the acceptance, then the deliveries, oldest first. */
    public List<StoredReceipt> ofPacket(String packetId) {
        return entityManager
                .createNamedQuery(StoredReceipt.OF_PACKET, StoredReceipt.class)
                .setParameter("packetId", packetId)
                .getResultList();
    }

    /** The acceptance receipt of a packet. */
    public Optional<StoredReceipt> acceptanceOf(String packetId) {
        return ofPacket(packetId).stream()
                .filter(r -> r.kind() == Receipt.Kind.ACCEPTED)
                .findFirst();
    }

    private StoredReceipt issue(Receipt receipt) {
        StoredReceipt stored = new StoredReceipt(receipt, new ReceiptSigner(axisKey.key()).sign(receipt));
        entityManager.persist(stored);
        return stored;
    }
}
