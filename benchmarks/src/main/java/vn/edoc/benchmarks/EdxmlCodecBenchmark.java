package vn.edoc.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import vn.edoc.edxml.model.DocumentPacket;
import vn.edoc.edxml.read.EdxmlReader;
import vn.edoc.edxml.read.ReadLimits;
import vn.edoc.edxml.read.ReadResult;
import vn.edoc.edxml.write.EdxmlWriter;

/**
 * Read and write of a whole packet (header plus one attachment) of about 100 KB and 10 MB: the reader decodes the
 * attachment to a temporary file and hashes it, as the axis does; the writer streams it from its file. {@code
 * readForgiven} reads the same packet as another vendor's hub writes it (a date in dd/MM/yyyy, an empty signer's
 * name, an ISO 8601 time stamp): what the warning rules cost when they fire; {@code read} is what they cost a packet
 * that keeps the standard.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
public class EdxmlCodecBenchmark {
    /** Attachment bytes; base64 makes the packet about a third larger. */
    @Param({"75000", "7500000"})
    public int attachmentBytes;

    private Path directory;
    private DocumentPacket packet;
    private byte[] written;
    private EdxmlReader reader;
    private final EdxmlWriter writer = new EdxmlWriter();

    @Setup(Level.Trial)
    public void prepare() throws IOException {
        directory = Files.createTempDirectory("edoc-bench-");
        packet = SamplePacket.withAttachment(directory, attachmentBytes);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(packet, out);
        written = out.toByteArray();
        reader = new EdxmlReader(ReadLimits.defaults().withTemporaryDirectory(directory));
    }

    @TearDown(Level.Trial)
    public void cleanUp() throws IOException {
        try (var files = Files.list(directory)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(directory);
    }

    @Benchmark
    public String read() {
        try (ReadResult result = reader.read(written)) {
            return result.validDocument().attachments().get(0).content().sha256();
        }
    }

    /**
     * The packet as another vendor's hub writes it; a state of its own, so that only {@code readForgiven} makes it
     * (the baseline run measures {@code read} with a reader that has no warnings).
     */
    @State(Scope.Benchmark)
    public static class Forgiven {
        private byte[] bytes;

        @Setup(Level.Trial)
        public void prepare(EdxmlCodecBenchmark packet) {
            bytes = new String(packet.written, StandardCharsets.UTF_8)
                    .replaceFirst(
                            "<edXML:PromulgationDate>(\\d{4})/(\\d{2})/(\\d{2})<", "<edXML:PromulgationDate>$3/$2/$1<")
                    .replaceFirst("<edXML:FullName>[^<]*<", "<edXML:FullName><")
                    .replaceFirst("<edXML:Timestamp>(\\d{4})/(\\d{2})/(\\d{2}) ", "<edXML:Timestamp>$1-$2-$3T")
                    .getBytes(StandardCharsets.UTF_8);
            try (ReadResult check = packet.reader.read(bytes)) {
                if (check.warnings().size() != 3 || !check.isValid()) {
                    throw new IllegalStateException(
                            "the forgiven packet should have three warnings: " + check.problems());
                }
            }
        }
    }

    @Benchmark
    public int readForgiven(Forgiven forgiven) {
        try (ReadResult result = reader.read(forgiven.bytes)) {
            return result.validDocument().attachments().size()
                    + result.warnings().size();
        }
    }

    @Benchmark
    public DocumentPacket write() {
        writer.write(packet, OutputStream.nullOutputStream());
        return packet;
    }
}
