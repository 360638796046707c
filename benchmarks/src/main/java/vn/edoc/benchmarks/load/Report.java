package vn.edoc.benchmarks.load;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.HdrHistogram.Histogram;

/** Prints each phase's numbers and appends them, as Markdown, to the results file. */
final class Report {
    private final Path file;
    private final String database;

    Report(Path file, String database, String server) throws IOException {
        this.file = file;
        this.database = database;
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        write(String.format(
                Locale.ROOT,
                "%n## %s, %s%n%nMachine: %d cores, %d GiB, %s %s; generator on %s %s (same machine); server: %s.%n",
                LocalDateTime.now().format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")),
                database,
                os.getAvailableProcessors(),
                Math.round(os.getTotalMemorySize() / (1024.0 * 1024 * 1024)),
                System.getProperty("os.name"),
                System.getProperty("os.version"),
                System.getProperty("java.vm.name"),
                System.getProperty("java.version"),
                server));
    }

    void loadHeader() throws IOException {
        write(String.join(
                        " | ",
                        "%n| database",
                        "senders",
                        "documents",
                        "accepted/s",
                        "send p50 / p99 / max ms",
                        "full cycle/s",
                        "cycle p50 / p99 / max ms",
                        "sent = taken = answered, twice, failed",
                        "CPU cores: server, generator",
                        "server heap highest MB |%n|---|---:|---:|---:|---:|---:|---:|---|---:|---:|%n")
                .formatted());
    }

    void load(SendLoad.Result r) throws IOException {
        Ledger.Counts c = r.counts();
        write(String.format(
                Locale.ROOT,
                "| %s | %d | %d | %.1f | %s | %.1f | %s | %d = %d = %d%s, %d, %d | %.2f, %.2f | %d |%n",
                database + (r.label().isEmpty() ? "" : " " + r.label()),
                r.senders(),
                c.sent(),
                r.sendRate(),
                millis(r.sendLatency(), 1000),
                r.cycleRate(),
                millis(r.cycleLatency(), 1000),
                c.sent(),
                c.taken(),
                c.answered(),
                c.exact() ? "" : " (NOT EXACT)",
                c.takenTwice() + c.answeredTwice(),
                c.failures(),
                r.server().cpuCores(),
                r.generatorCores(),
                r.server().heapUsedHighest() >> 20));
    }

    void fanOut(FanOut.Result r) throws IOException {
        write(String.format(
                Locale.ROOT,
                "%nFan-out (%s): one packet to %d offices, accepted in %d ms; %d confirmed (%d twice) %s, the last %.2f s "
                        + "after the send; each office's confirmation after p50 / p99 / max %s ms; %s.%n",
                database,
                r.recipients(),
                r.acceptMillis(),
                r.confirmed(),
                r.takenTwice(),
                r.exact() ? "(exact)" : "(NOT EXACT)",
                r.seconds(),
                millis(r.confirmedAfter(), 1),
                r.server().describe()));
    }

    void largePacket(LargePacket.Result r) throws IOException {
        write(String.format(
                Locale.ROOT,
                "%nLarge packet (%s): %d MB sent in %.1f s, fetched and confirmed in %.1f s, %s; %s.%n",
                database,
                r.packetBytes() / 1_000_000,
                r.sendSeconds(),
                r.fetchSeconds(),
                r.sameBytes() ? "byte for byte the same (SHA-256)" : "DIFFERENT BYTES",
                r.server().describe()));
    }

    /** The axis's own check of its audit chain after the load, as it answered. */
    void auditChain(String check) throws IOException {
        write(String.format(Locale.ROOT, "%nAudit chain after the run (%s): %s%n", database, check));
    }

    private static String millis(Histogram h, double unitsPerMilli) {
        if (h.getTotalCount() == 0) {
            return "–";
        }
        return String.format(
                Locale.ROOT,
                "%.0f / %.0f / %.0f",
                h.getValueAtPercentile(50) / unitsPerMilli,
                h.getValueAtPercentile(99) / unitsPerMilli,
                h.getMaxValue() / unitsPerMilli);
    }

    /** VXP's sendEdoc against SOAP's sendDocument, measured in the same run. */
    void protocols(List<ProtocolComparison.Result> results) throws IOException {
        StringBuilder table = new StringBuilder(String.format(
                "%n| database | protocol | senders | accepted | failed | accepted/s | send p50 / p99 / max ms |%n"
                        + "|---|---|---:|---:|---:|---:|---:|%n"));
        for (ProtocolComparison.Result r : results) {
            table.append(String.format(
                    Locale.ROOT,
                    "| %s | %s | %d | %d | %d | %.1f | %s |%n",
                    database,
                    r.protocol(),
                    r.senders(),
                    r.accepted(),
                    r.failed(),
                    r.perSecond(),
                    millis(r.latency(), 1000)));
        }
        table.append(String.format(
                Locale.ROOT,
                "%nVXP / SOAP accepted per second: %.2f%n",
                results.get(1).perSecond() / results.get(0).perSecond()));
        write(table.toString());
    }

    private void write(String text) throws IOException {
        System.out.print(text);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
