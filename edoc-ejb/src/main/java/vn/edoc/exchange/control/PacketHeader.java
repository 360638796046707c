package vn.edoc.exchange.control;

import java.util.List;

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
}
