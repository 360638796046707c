package vn.edoc.edxml.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.edoc.edxml.model.EdxmlPacket;
import vn.edoc.error.ErrorCode;
import vn.edoc.error.Problem;

/**
 * Reads an edXML packet of either kind and reports every problem found. Thread-safe; one instance serves many reads.
 *
 * <pre>{@code
 * try (ReadResult result = new EdxmlReader(ReadLimits.defaults()).read(path)) {
 *     DocumentPacket packet = result.validDocument(); // or look at result.problems()
 * }
 * }</pre>
 */
public final class EdxmlReader {
    private static final Comparator<Problem> DOCUMENT_ORDER =
            Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column);

    private final ReadLimits limits;

    public EdxmlReader(ReadLimits limits) {
        this.limits = limits;
    }

    public ReadResult read(byte[] packet) {
        if (packet == null || packet.length == 0) {
            return new ReadResult(null, List.of(new Problem(ErrorCode.PACKET_EMPTY, null, -1, -1)), List.of());
        }
        return read(new ByteArrayInputStream(packet));
    }

    public ReadResult read(Path packet) {
        try (InputStream in = Files.newInputStream(packet)) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads {@code packet} to its end; the caller closes the stream and the result. */
    public ReadResult read(InputStream packet) {
        List<Problem> problems = new ArrayList<>();
        TreeBuilder tree = new TreeBuilder(limits, problems);
        List<DecodedPayload> files = new ArrayList<>();
        try {
            XmlNode root = tree.read(packet);
            files.addAll(tree.decoded());
            EdxmlPacket bound = null;
            if (root != null) {
                Checks checks = new Checks(problems, limits.maxTextCharacters());
                bound = new PacketBinder(checks, new AttachmentBinder(checks, limits, files)).bind(root);
            }
            problems.sort(DOCUMENT_ORDER);
            return new ReadResult(bound, problems, files);
        } catch (RuntimeException e) {
            files.addAll(tree.decoded());
            files.forEach(f -> TemporaryFiles.delete(f.file()));
            throw e;
        }
    }
}
