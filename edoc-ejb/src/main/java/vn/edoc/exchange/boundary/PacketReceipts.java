package vn.edoc.exchange.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import vn.edoc.exchange.entity.Delivery;
import vn.edoc.exchange.entity.Packet;
import vn.edoc.monitoring.boundary.AxisMetrics;
import vn.edoc.receipts.boundary.Receipts;
import vn.edoc.receipts.entity.StoredReceipt;

/** The receipts of the exchange's events: a packet accepted, a copy confirmed. */
@Stateless
public class PacketReceipts {
    @EJB
    private Receipts receipts;

    @Inject
    private AxisMetrics metrics;

    public StoredReceipt acceptedFor(Packet packet) {
        StoredReceipt signed = receipts.accepted(
                packet.packetId(), packet.documentId(), packet.senderId(), packet.sha256(), packet.acceptedAt());
        metrics.receiptSigned("ACCEPTED");
        return signed;
    }

    public StoredReceipt deliveredFor(Delivery delivery, Instant at) {
        Packet packet = delivery.packet();
        StoredReceipt signed = receipts.delivered(
                packet.packetId(), packet.documentId(), packet.senderId(), delivery.recipientId(), packet.sha256(), at);
        metrics.receiptSigned("DELIVERED");
        return signed;
    }

    /** The acceptance receipt's signed XML, for a packet sent again (idempotent answer). */
    public byte[] signedAcceptanceOf(String packetId) {
        return receipts.acceptanceOf(packetId).map(StoredReceipt::signedXml).orElse(null);
    }

    public List<StoredReceipt> ofPacket(String packetId) {
        return receipts.ofPacket(packetId);
    }
}
