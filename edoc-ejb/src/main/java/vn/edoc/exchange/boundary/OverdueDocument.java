package vn.edoc.exchange.boundary;

import java.time.LocalDate;
import vn.edoc.edxml.model.StatusCode;
import vn.edoc.exchange.entity.Delivery;
import vn.edoc.exchange.entity.Packet;

/**
 * A copy of a document past its DueDate that its recipient has neither finished (06) nor refused (02).
 *
 * @param asSender whether the office asking sent it (else it is the recipient that owes it)
 * @param progress the recipient's last progress status, or {@code null}
 */
public record OverdueDocument(
        String packetId,
        String documentId,
        String subject,
        String senderId,
        String recipientId,
        LocalDate dueDate,
        StatusCode progress,
        boolean asSender) {
    static OverdueDocument of(Delivery delivery, boolean asSender) {
        Packet packet = delivery.packet();
        return new OverdueDocument(
                packet.packetId(),
                packet.documentId(),
                packet.subject(),
                packet.senderId(),
                delivery.recipientId(),
                packet.dueDate(),
                delivery.progress(),
                asSender);
    }
}
