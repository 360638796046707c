package vn.edoc.edxml.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.edoc.edxml.Fixtures;
import vn.edoc.edxml.Sha256;
import vn.edoc.edxml.model.Attachment;
import vn.edoc.edxml.model.AttachmentContent;
import vn.edoc.edxml.model.DocumentPacket;
import vn.edoc.edxml.model.ManifestReference;
import vn.edoc.edxml.write.EdxmlWriter;

/**
 * A 200 MB attachment is written and read in a JVM capped at 256 MB of heap (the build runs this class alone with
 * {@code -Xmx256m}): it can only pass if neither side holds the attachment in memory.
 */
class LargeAttachmentTest {
    private static final long SIZE = 200L * 1024 * 1024;

    @Test
    void writesAndReadsA200MegabyteAttachmentInA256MegabyteHeap(@TempDir Path directory) throws Exception {
        assertThat(Runtime.getRuntime().maxMemory()).as("run with -Xmx256m").isLessThanOrEqualTo(256L << 20);
        Path original = directory.resolve("ban-scan.pdf");
        String sha256 = writeRandomFile(original);
        Path packetFile = directory.resolve("large.edxml");
        try (ReadResult base =
                        new EdxmlReader(ReadLimits.defaults()).read(Fixtures.resource("/packets/valid/minimal.edxml"));
                OutputStream out = Files.newOutputStream(packetFile)) {
            new EdxmlWriter().write(withAttachment(base.validDocument(), original, sha256), out);
        }
        assertThat(Files.size(packetFile)).isGreaterThan(SIZE * 4 / 3);

        ReadLimits limits = ReadLimits.defaults().withTemporaryDirectory(directory);
        try (ReadResult result = new EdxmlReader(limits).read(packetFile)) {
            assertThat(result.problems()).isEmpty();
            AttachmentContent content =
                    result.validDocument().attachments().get(0).content();
            assertThat(content.size()).isEqualTo(SIZE);
            assertThat(content.sha256()).isEqualTo(sha256);
        }
    }

    private static DocumentPacket withAttachment(DocumentPacket packet, Path file, String sha256) {
        String id = "cid:ban-scan";
        return new DocumentPacket(
                packet.header(),
                packet.traceHeaderList(),
                List.of(new ManifestReference(id, "application/pdf", "Bản quét", "ban-scan.pdf")),
                List.of(new Attachment(
                        id,
                        "ban-scan.pdf",
                        "Bản quét",
                        "application/pdf",
                        new AttachmentContent(file, SIZE, sha256, false))));
    }

    /** Random bytes, so that nothing along the way could compress them away. */
    private static String writeRandomFile(Path file) throws IOException {
        MessageDigest digest = Sha256.newDigest();
        SplittableRandom random = new SplittableRandom(20261127);
        byte[] block = new byte[1 << 20];
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), digest)) {
            for (long written = 0; written < SIZE; written += block.length) {
                for (int i = 0; i < block.length; i += 8) {
                    long value = random.nextLong();
                    for (int b = 0; b < 8; b++) {
                        block[i + b] = (byte) (value >>> (8 * b));
                    }
                }
                out.write(block);
            }
        }
        return Sha256.hex(digest);
    }
}
