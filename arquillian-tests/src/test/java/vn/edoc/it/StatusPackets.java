package vn.edoc.it;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicInteger;

/** Status packets about a document the axis accepted, sealed by the reporting office's sample key. */
final class StatusPackets {
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss");
    private static final AtomicInteger SECONDS = new AtomicInteger();

    private StatusPackets() {}

    /**
     * A status from {@code from} about the document {@code documentId} of {@code originalSender}; each packet gets a
     * time stamp of its own, so that no two are the same bytes.
     *
     * @param description the Description, or {@code null} to leave it out
     */
    static byte[] status(String from, String originalSender, String documentId, String code, String description) {
        return sealedStatus("offices/" + from + ".p12", from, originalSender, documentId, code, description);
    }

    /** A status as {@link #status} makes it, sealed with the sample key at {@code sealKey} (another PKI's office). */
    static byte[] sealedStatus(
            String sealKey, String from, String originalSender, String documentId, String code, String description) {
        return Packets.seal(unsigned(from, originalSender, documentId, code, description), sealKey);
    }

    /** A status as {@link #status} makes it, without any signature (as DMSs on the national SDK send them). */
    static byte[] unsigned(String from, String originalSender, String documentId, String code, String description) {
        String timestamp = LocalDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh"))
                .minusMinutes(5)
                .plusSeconds(SECONDS.incrementAndGet())
                .format(TIMESTAMP);
        String packet = Packets.raw("status-template.edxml")
                .replace("@FROM@", from)
                .replace("@FROM_NAME@", "Cơ quan " + from)
                .replace("@ORIGINAL_SENDER@", originalSender)
                .replace("@CODE@", documentId.substring(documentId.lastIndexOf(',') + 1))
                .replace("@DOCUMENT_ID@", documentId)
                .replace("@STATUS@", code)
                .replace(
                        "@DESCRIPTION@",
                        description == null ? "" : "<edXML:Description>" + description + "</edXML:Description>")
                .replace("@TIMESTAMP@", timestamp);
        return packet.getBytes(StandardCharsets.UTF_8);
    }
}
