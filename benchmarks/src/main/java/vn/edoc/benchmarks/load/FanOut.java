package vn.edoc.benchmarks.load;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import vn.edoc.benchmarks.SamplePacket;
import vn.edoc.client.EdocClient;
import vn.edoc.contract.axis.v1.PendingDocument;
import vn.edoc.directory.OfficeRecord;
import vn.edoc.edxml.model.AttachmentContent;
import vn.edoc.edxml.model.Organization;
import vn.edoc.edxml.write.EdxmlWriter;

/** One packet from the province to every other office of the directory, until every one has confirmed its copy. */
final class FanOut {
    /**
     * @param confirmedAfter milliseconds from the send until each office's confirmation
     * @param seconds until the last office confirmed (or the wait gave up)
     */
    record Result(
            int recipients,
            int confirmed,
            int takenTwice,
            long acceptMillis,
            double seconds,
            Histogram confirmedAfter,
            ServerMonitor.Usage server) {
        boolean exact() {
            return confirmed == recipients && takenTwice == 0;
        }
    }

    private FanOut() {}

    static Result run(
            OfficeRecord sender,
            List<OfficeRecord> offices,
            OfficeSeals seals,
            AttachmentContent attachment,
            String number,
            EdocClient client,
            Mailroom mailroom,
            ServerMonitor monitor,
            Duration patience)
            throws Exception {
        List<OfficeRecord> recipients =
                offices.stream().filter(o -> !o.code().equals(sender.code())).toList();
        var document = SamplePacket.decision(
                Organization.of(sender.code(), sender.name()),
                recipients.stream()
                        .map(o -> Organization.of(o.code(), o.name()))
                        .toList(),
                number,
                attachment);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EdxmlWriter().write(document, out);
        byte[] packet = seals.signAndSeal(out.toByteArray(), sender.code());
        Confirmations desk = new Confirmations(document.header().documentId());
        Ledger ledger = new Ledger();
        mailroom.deskIs(desk, ledger);
        monitor.start();
        desk.started = System.nanoTime();
        client.send(packet);
        long accepted = System.nanoTime();
        mailroom.noticeAll(recipients.stream().map(OfficeRecord::code).toList());
        long deadline = System.nanoTime() + patience.toNanos();
        while (desk.confirmed.size() < recipients.size() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        double seconds = (desk.last.get() - desk.started) / 1e9;
        ServerMonitor.Usage usage = monitor.stop();
        return new Result(
                recipients.size(),
                desk.confirmed.size(),
                desk.takenTwice.get(),
                TimeUnit.NANOSECONDS.toMillis(accepted - desk.started),
                seconds,
                desk.after,
                usage);
    }

    /** Counts the offices that confirmed their copy of the one document, and when. */
    private static final class Confirmations implements Mailroom.Desk {
        private final String documentId;
        private final Map<String, Long> confirmed = new ConcurrentHashMap<>();
        private final AtomicInteger takenTwice = new AtomicInteger();
        private final Histogram after = new ConcurrentHistogram(TimeUnit.MINUTES.toMillis(10), 3);
        private volatile long started;
        private final AtomicLong last = new AtomicLong();

        Confirmations(String documentId) {
            this.documentId = documentId;
        }

        @Override
        public void received(EdocClient client, String office, PendingDocument pending, Path file) throws Exception {
            Files.delete(file);
            if (!pending.getDocumentId().equals(documentId)) {
                return;
            }
            long now = System.nanoTime();
            if (confirmed.putIfAbsent(office, now) != null) {
                takenTwice.incrementAndGet();
                return;
            }
            after.recordValue(TimeUnit.NANOSECONDS.toMillis(now - started));
            last.accumulateAndGet(now, Math::max);
        }
    }
}
