package vn.edoc.exchange.control;

import java.util.List;
import vn.edoc.edxml.model.DocumentPacket;
import vn.edoc.edxml.model.Organization;

/**
 * The fields of an edXML packet the axis routes by: who sends it, to whom, under which DocumentId, about what.
 *
 * @param senderId {@code MessageHeader/From/OrganId}
 * @param recipientIds every {@code MessageHeader/To/OrganId}, in packet order, without repeats
 * @param documentId {@code MessageHeader/DocumentId}
 * @param subject {@code MessageHeader/Subject}
 */
public record PacketHeader(String senderId, List<String> recipientIds, String documentId, String subject) {
    public PacketHeader {
        recipientIds = List.copyOf(recipientIds);
    }

    /** The routing fields of a packet the reader found valid. */
    public static PacketHeader of(DocumentPacket packet) {
        List<String> recipients = packet.header().to().stream()
                .map(Organization::organId)
                .distinct()
                .toList();
        return new PacketHeader(
                packet.from().organId(),
                recipients,
                packet.header().documentId(),
                packet.header().subject());
    }
}
