package vn.edoc.desk.boundary;

import java.time.Instant;
import java.time.LocalDate;
import vn.edoc.edxml.model.StatusCode;
import vn.edoc.exchange.DeliveryState;
import vn.edoc.exchange.entity.Delivery;
import vn.edoc.exchange.entity.DocumentFacts;
import vn.edoc.exchange.entity.Packet;

/**
 * A row of the clerk's incoming list: the document and where the office stands with it.
 *
 * @param businessType 0 a new document, 1-3 the sender's revocation, update or replacement of an earlier one
 */
public record IncomingDocument(
        String packetId,
        String code,
        String typeName,
        String subject,
        String senderCode,
        String senderName,
        Integer priority,
        LocalDate dueDate,
        Instant acceptedAt,
        DeliveryState state,
        StatusCode progress,
        boolean withdrawn,
        int businessType) {
    static IncomingDocument of(Delivery copy, String senderName) {
        Packet packet = copy.packet();
        var facts = packet.facts();
        return new IncomingDocument(
                packet.packetId(),
                facts.map(DocumentFacts::code).orElse(null),
                facts.map(DocumentFacts::typeName).orElse(null),
                packet.subject(),
                packet.senderId(),
                senderName,
                facts.map(DocumentFacts::priority).orElse(null),
                packet.dueDate(),
                packet.acceptedAt(),
                copy.state(),
                copy.progress(),
                copy.isWithdrawn(),
                packet.businessType().code());
    }
}
