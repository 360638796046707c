package vn.edoc.benchmarks.load;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import vn.edoc.benchmarks.SamplePacket;
import vn.edoc.client.EdocClient;
import vn.edoc.contract.axis.v1.PendingDocument;
import vn.edoc.directory.OfficeRecord;
import vn.edoc.edxml.model.AttachmentContent;
import vn.edoc.edxml.model.Organization;
import vn.edoc.edxml.write.EdxmlWriter;

/**
 * A packet of about 200 MB (a 150 MiB attachment in base64) sent as MTOM and fetched back by its recipient, byte
 * for byte, with the server's heap watched over both.
 */
final class LargePacket {
    record Result(
            long packetBytes, double sendSeconds, double fetchSeconds, boolean sameBytes, ServerMonitor.Usage server) {}

    private LargePacket() {}

    /** The packet, signed by the sender with the DOM signer (in the generator's own heap: signing is its cost). */
    static Path signed(
            Path work,
            OfficeRecord sender,
            OfficeRecord recipient,
            OfficeSeals seals,
            long attachmentBytes,
            String number)
            throws Exception {
        Path signed = work.resolve("large-" + attachmentBytes + "-" + number + ".signed.edxml");
        Path attachmentFile = work.resolve("large-attachment.bin");
        AttachmentContent attachment = SamplePacket.attachment(attachmentFile, attachmentBytes);
        Path unsigned = work.resolve("large.edxml");
        try (OutputStream out = Files.newOutputStream(unsigned)) {
            new EdxmlWriter()
                    .write(
                            SamplePacket.decision(
                                    Organization.of(sender.code(), sender.name()),
                                    List.of(Organization.of(recipient.code(), recipient.name())),
                                    number,
                                    attachment),
                            out);
        }
        Files.delete(attachmentFile);
        // signing is the sender's cost, paid here in the generator's own heap
        byte[] bytes = seals.signAndSeal(Files.readAllBytes(unsigned), sender.code());
        Files.delete(unsigned);
        return Files.write(signed, bytes);
    }

    static Result run(
            Path packet, String recipient, EdocClient sender, EdocClient inbox, Path work, ServerMonitor monitor)
            throws Exception {
        String sha256 = vn.edoc.edxml.Sha256.of(packet);
        monitor.start();
        long started = System.nanoTime();
        String packetId = sender.send(packet).getPacketId();
        long sent = System.nanoTime();
        PendingDocument pending = find(inbox, recipient, packetId);
        Path fetched = work.resolve("large.fetched.edxml");
        EdocClient.Fetched copy = inbox.fetch(recipient, pending.getPacketId(), "bench-large", fetched);
        inbox.confirm(recipient, pending.getPacketId(), copy.sha256());
        long done = System.nanoTime();
        ServerMonitor.Usage usage = monitor.stop();
        Files.delete(fetched);
        return new Result(
                Files.size(packet),
                (sent - started) / 1e9,
                (done - sent) / 1e9,
                copy.sha256().equals(sha256),
                usage);
    }

    private static PendingDocument find(EdocClient inbox, String recipient, String packetId) {
        String cursor = null;
        do {
            EdocClient.Page page = inbox.pending(recipient, 100, "bench-large", cursor);
            for (PendingDocument pending : page.documents()) {
                if (pending.getPacketId().equals(packetId)) {
                    return pending;
                }
            }
            cursor = page.nextCursor();
        } while (cursor != null);
        throw new IllegalStateException("the large packet " + packetId + " is not in " + recipient + "'s pending list");
    }
}
