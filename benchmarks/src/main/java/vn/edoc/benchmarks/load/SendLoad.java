package vn.edoc.benchmarks.load;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.HdrHistogram.Histogram;
import vn.edoc.benchmarks.SamplePacket;
import vn.edoc.client.EdocClient;
import vn.edoc.directory.OfficeRecord;
import vn.edoc.edxml.model.AttachmentContent;
import vn.edoc.edxml.model.Organization;
import vn.edoc.edxml.write.EdxmlWriter;

/**
 * One level of load: N sender systems, each sending its office's signed packets one after the other as fast as the
 * axis accepts them, each to one recipient drawn from the directory; the recipients take, confirm and answer 03; the
 * run ends when every sender has seen its answers (or nothing moved for the patience given).
 */
final class SendLoad {
    /** A signed packet ready to go: signing is the sender's cost, paid before the timed phase. */
    record Prepared(String sender, String documentId, String recipient, byte[] packet) {}

    /**
     * @param sendRate documents accepted per second while the senders sent
     * @param cycleRate documents per second from the first send to the last status 03 seen by its sender
     */
    record Result(
            String label,
            int senders,
            Ledger.Counts counts,
            double sendRate,
            double cycleRate,
            Histogram sendLatency,
            Histogram cycleLatency,
            ServerMonitor.Usage server,
            double generatorCores) {}

    private SendLoad() {}

    /**
     * @param numberPrefix starts every document number of the run (with the sequence, up to 11 digits): DocumentIds
     *     stay unique across runs on the same database
     */
    static List<List<Prepared>> prepare(
            List<OfficeRecord> senders,
            int perSender,
            List<OfficeRecord> offices,
            OfficeSeals seals,
            AttachmentContent attachment,
            String numberPrefix) {
        SplittableRandom random = new SplittableRandom(numberPrefix.hashCode());
        List<String[]> plan = new ArrayList<>();
        for (int i = 0; i < perSender; i++) {
            for (OfficeRecord sender : senders) {
                OfficeRecord recipient;
                do {
                    recipient = offices.get(random.nextInt(offices.size()));
                } while (recipient.code().equals(sender.code()));
                plan.add(new String[] {sender.code(), sender.name(), recipient.code(), recipient.name()});
            }
        }
        List<Prepared> signed = IntStream.range(0, plan.size())
                .parallel()
                .mapToObj(i -> sign(plan.get(i), numberPrefix + String.format("%06d", i), seals, attachment))
                .toList();
        List<List<Prepared>> bySender = new ArrayList<>();
        for (OfficeRecord sender : senders) {
            bySender.add(signed.stream()
                    .filter(p -> p.sender().equals(sender.code()))
                    .toList());
        }
        return bySender;
    }

    private static Prepared sign(String[] plan, String number, OfficeSeals seals, AttachmentContent attachment) {
        try {
            var document = SamplePacket.decision(
                    Organization.of(plan[0], plan[1]), List.of(Organization.of(plan[2], plan[3])), number, attachment);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new EdxmlWriter().write(document, out);
            byte[] packet = seals.signAndSeal(out.toByteArray(), plan[0]);
            return new Prepared(plan[0], document.header().documentId(), plan[2], packet);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Result run(
            String label,
            List<List<Prepared>> work,
            Function<String, EdocClient> senderClients,
            Mailroom mailroom,
            OfficeSeals seals,
            ServerMonitor monitor,
            Duration patience)
            throws InterruptedException {
        Ledger ledger = new Ledger();
        mailroom.deskIs(new RegistryDesk(ledger, seals, mailroom), ledger);
        monitor.start();
        long generatorCpu = ownCpuNanos();
        long started = System.nanoTime();
        List<Thread> senders = new ArrayList<>();
        for (List<Prepared> packets : work) {
            EdocClient client = senderClients.apply(packets.get(0).sender());
            Thread sender = new Thread(
                    () -> {
                        for (Prepared packet : packets) {
                            long sending = System.nanoTime();
                            try {
                                client.send(packet.packet());
                                ledger.sent(packet.documentId(), sending);
                                mailroom.notice(packet.recipient());
                            } catch (RuntimeException e) {
                                ledger.failed(e);
                            }
                        }
                    },
                    "bench-sender-" + senders.size());
            senders.add(sender);
        }
        senders.forEach(Thread::start);
        for (Thread sender : senders) {
            sender.join();
        }
        long sent = System.nanoTime();
        awaitAnswers(ledger, patience);
        ServerMonitor.Usage usage = monitor.stop();
        double generatorCores = (ownCpuNanos() - generatorCpu) / (double) (System.nanoTime() - started);
        Ledger.Counts counts = ledger.counts();
        long answeredAt = counts.lost() == 0 ? ledger.lastAnswerNanos() : System.nanoTime();
        return new Result(
                label,
                work.size(),
                counts,
                counts.sent() / ((sent - started) / 1e9),
                counts.answered() / ((answeredAt - started) / 1e9),
                ledger.sendLatency(),
                ledger.cycleLatency(),
                usage,
                generatorCores);
    }

    /** The generator's own CPU: it shares the machine with the server and the database. */
    private static long ownCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** Waits while answers keep coming; gives up after {@code patience} without a new one. */
    private static void awaitAnswers(Ledger ledger, Duration patience) throws InterruptedException {
        int seen = -1;
        long lastProgress = System.nanoTime();
        while (ledger.answeredOnce() < ledger.sent()) {
            int now = ledger.answeredOnce();
            if (now != seen) {
                seen = now;
                lastProgress = System.nanoTime();
            } else if (System.nanoTime() - lastProgress > patience.toNanos()) {
                return;
            }
            Thread.sleep(20);
        }
    }
}
