package vn.edoc.benchmarks.load;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import vn.edoc.benchmarks.SamplePacket;
import vn.edoc.client.EdocClient;
import vn.edoc.directory.OfficeRecord;
import vn.edoc.edxml.model.AttachmentContent;

/**
 * Drives a running edoc through its SOAP API the way the offices' document-management systems do, and prints (and
 * appends to the results file) what it measured. {@code benchmarks/run-load} sets up the server and calls it; its
 * options, all with defaults:
 *
 * <pre>
 * --url http://localhost:8080      the axis
 * --operator operator:PASSWORD     the operators' API, to read the directory and register the load's systems
 * --jmx URL                        the server's JMX connector (Payara's, port 8686)
 * --trust DIR                      the axis's trust folder, where the load's seals are added
 * --database NAME                  names the database in the results
 * --phases load,fanout,large       which phases
 * --senders 1,4,16                 the levels of the load phase
 * --documents 2000                 documents per level (spread over its senders)
 * --warmup 3000                    documents sent at 4 senders before the timed levels (the JIT's time)
 * --inbox-workers 4                recipient systems pulling at once
 * --large-mib 150                  the large packet's attachment
 * --work DIR, --results FILE
 * </pre>
 */
public final class LoadBenchmark {
    private static final int ATTACHMENT_BYTES = 75_000;
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final Map<String, String> options;
    private final URI url;
    private final Path work;
    private final AxisOperator operator;
    private final String runTag = String.format("%04d", (System.currentTimeMillis() / 60_000) % 10_000);
    private List<OfficeRecord> offices;
    private OfficeSeals seals;
    private Supplier<EdocClient> inboxClients;
    private ServerMonitor monitor;
    private Report report;
    private AttachmentContent attachment;

    private LoadBenchmark(Map<String, String> options) {
        this.options = options;
        this.url = URI.create(options.getOrDefault("url", "http://localhost:8080"));
        this.work = Path.of(options.getOrDefault("work", "benchmarks/target/load"));
        String[] operatorLogin =
                options.getOrDefault("operator", "operator:edoc-bench-operator").split(":", 2);
        this.operator = new AxisOperator(url, operatorLogin[0], operatorLogin[1]);
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("options are --name value, not " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        new LoadBenchmark(options).run();
    }

    private void run() throws Exception {
        Files.createDirectories(work.resolve("inbox"));
        offices = operator.activeOffices();
        Path trust = Path.of(option("trust", "benchmarks/target/domains/edoc-bench/config/edoc-bench-trust"));
        seals = OfficeSeals.forOffices(offices, work, trust);
        // the axis looks at its trust folder every 5 s
        Thread.sleep(6_000);
        String inboxSecret = operator.system("bench-inbox", List.of("*"));
        inboxClients = () -> client("bench-inbox", inboxSecret);
        List<String> phases =
                Arrays.asList(option("phases", "load,fanout,large").split(","));
        try (ServerMonitor watching =
                new ServerMonitor(option("jmx", "service:jmx:rmi:///jndi/rmi://localhost:8686/jmxrmi"), "admin", "")) {
            monitor = watching;
            report = new Report(
                    Path.of(option("results", "benchmarks/results/load.md")),
                    option("database", "?"),
                    monitor.describeServer());
            System.out.printf("%d active offices in the directory; run %s%n", offices.size(), runTag);
            attachment =
                    SamplePacket.attachment(work.resolve("attachment-" + ATTACHMENT_BYTES + ".pdf"), ATTACHMENT_BYTES);
            if (phases.contains("load")) {
                load();
            }
            if (phases.contains("fanout")) {
                fanOut();
            }
            if (phases.contains("large")) {
                large();
            }
            if (phases.contains("vxp")) {
                protocols();
            }
            report.auditChain(operator.auditCheck());
        }
    }

    private void load() throws Exception {
        List<Integer> levels = Arrays.stream(option("senders", "1,4,16").split(","))
                .map(Integer::valueOf)
                .toList();
        int documents = Integer.parseInt(option("documents", "2000"));
        int warmup = Integer.parseInt(option("warmup", "3000"));
        List<OfficeRecord> senders =
                offices.subList(0, levels.stream().max(Integer::compare).orElse(1));
        Map<String, String> secrets = new HashMap<>();
        for (OfficeRecord sender : senders) {
            secrets.put(sender.code(), operator.system("bench-sender-" + sender.code(), List.of(sender.code())));
        }
        try (Mailroom mailroom = mailroom()) {
            if (warmup > 0) {
                SendLoad.Result warm =
                        level(0, senders.subList(0, Math.min(4, senders.size())), warmup, secrets, mailroom, "warm-up");
                System.out.printf(
                        "warm-up: %d documents, %.1f accepted/s, %.1f full cycles/s%n",
                        warm.counts().sent(), warm.sendRate(), warm.cycleRate());
            }
            report.loadHeader();
            for (int i = 0; i < levels.size(); i++) {
                List<OfficeRecord> level = senders.subList(0, levels.get(i));
                report.load(level(i + 1, level, documents, secrets, mailroom, ""));
            }
        }
    }

    private SendLoad.Result level(
            int index,
            List<OfficeRecord> senders,
            int documents,
            Map<String, String> secrets,
            Mailroom mailroom,
            String label)
            throws Exception {
        long signing = System.nanoTime();
        var work = SendLoad.prepare(
                senders, Math.max(1, documents / senders.size()), offices, seals, attachment, runTag + (index % 10));
        System.out.printf(
                "%d senders: %d packets signed in %.1f s%n",
                senders.size(), work.stream().mapToInt(List::size).sum(), (System.nanoTime() - signing) / 1e9);
        return SendLoad.run(
                label,
                work,
                code -> client("bench-sender-" + code, secrets.get(code)),
                mailroom,
                seals,
                monitor,
                PATIENCE);
    }

    /**
     * sendEdoc (VXP) against sendDocument (SOAP): the same senders (registered for both), the same kind of packets,
     * alternating rounds ({@code --vxp-senders} 16, {@code --vxp-rounds} 6 of {@code --vxp-per-round} 20 packets
     * per sender and protocol, after one round each to warm up).
     */
    private void protocols() throws Exception {
        int senderCount = Integer.parseInt(option("vxp-senders", "16"));
        int rounds = Integer.parseInt(option("vxp-rounds", "6"));
        int perRound = Integer.parseInt(option("vxp-per-round", "20"));
        List<OfficeRecord> senders = offices.subList(0, senderCount);
        Map<String, VxpSender> vxp = new HashMap<>();
        Map<String, EdocClient> soap = new HashMap<>(); // made before the senders start: they only read it
        for (OfficeRecord sender : senders) {
            String id = "bench-both-" + sender.code();
            String secret = operator.system(id, List.of(sender.code()), List.of("SOAP", "VXP"));
            vxp.put(sender.code(), new VxpSender(url, id, secret));
            soap.put(sender.code(), client(id, secret));
        }
        List<List<List<SendLoad.Prepared>>> soapRounds = new ArrayList<>();
        List<List<List<SendLoad.Prepared>>> vxpRounds = new ArrayList<>();
        for (int round = 0; round <= rounds; round++) {
            // five characters before the six-digit sequence: CodeNumber has at most 11
            String tag = runTag.substring(1) + (round % 10);
            soapRounds.add(SendLoad.prepare(senders, perRound, offices, seals, attachment, tag + "7"));
            vxpRounds.add(SendLoad.prepare(senders, perRound, offices, seals, attachment, tag + "6"));
        }
        Function<String, EdocClient> clients = soap::get;
        for (ProtocolComparison.Result warm :
                ProtocolComparison.run(soapRounds.subList(0, 1), vxpRounds.subList(0, 1), clients, vxp)) {
            System.out.printf(
                    "warm-up %s: %d accepted, %d failed, %.1f/s%n",
                    warm.protocol(), warm.accepted(), warm.failed(), warm.perSecond());
        }
        report.protocols(ProtocolComparison.run(
                soapRounds.subList(1, rounds + 1), vxpRounds.subList(1, rounds + 1), clients, vxp));
    }

    private void fanOut() throws Exception {
        OfficeRecord province = offices.get(0);
        String secret = operator.system("bench-sender-" + province.code(), List.of(province.code()));
        try (Mailroom mailroom = mailroom()) {
            report.fanOut(FanOut.run(
                    province,
                    offices,
                    seals,
                    attachment,
                    runTag + "9000001",
                    client("bench-sender-" + province.code(), secret),
                    mailroom,
                    monitor,
                    PATIENCE));
        }
    }

    private void large() throws Exception {
        OfficeRecord province = offices.get(0);
        OfficeRecord recipient = offices.get(offices.size() - 1);
        long attachmentBytes = Long.parseLong(option("large-mib", "150")) << 20;
        String secret = operator.system("bench-sender-" + province.code(), List.of(province.code()));
        long signing = System.nanoTime();
        Path packet = LargePacket.signed(work, province, recipient, seals, attachmentBytes, runTag + "8000001");
        System.out.printf(
                "large packet: %d MB signed in %.1f s%n",
                Files.size(packet) / 1_000_000, (System.nanoTime() - signing) / 1e9);
        try {
            report.largePacket(LargePacket.run(
                    packet,
                    recipient.code(),
                    client("bench-sender-" + province.code(), secret),
                    inboxClients.get(),
                    work,
                    monitor));
        } finally {
            Files.delete(packet);
        }
    }

    private Mailroom mailroom() throws java.io.IOException {
        return new Mailroom(Integer.parseInt(option("inbox-workers", "4")), inboxClients, work.resolve("inbox"));
    }

    private EdocClient client(String systemId, String secret) {
        return EdocClient.builder(url.resolve("/edoc-ws/AxisService"))
                .system(systemId, secret)
                .build();
    }

    private String option(String name, String otherwise) {
        return options.getOrDefault(name, otherwise);
    }
}
