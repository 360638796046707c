package vn.edoc.benchmarks.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;
import vn.edoc.client.EdocClient;

/**
 * The same signed packets accepted over SOAP ({@code sendDocument}) and over the national protocol ({@code
 * sendEdoc}) in one run, by the same senders at once (one thread each): rounds alternate SOAP and VXP so that the
 * JIT, the database's growth and the machine's other load fall on both alike. Only acceptance is measured (validated,
 * verified, stored, receipted); no recipient pulls.
 */
final class ProtocolComparison {
    /** One protocol's figures over all its rounds. */
    record Result(String protocol, int senders, long accepted, long failed, double perSecond, Histogram latency) {}

    private ProtocolComparison() {}

    /**
     * @param soapRounds and {@code vxpRounds}: per round, per sender, the packets it sends
     */
    static List<Result> run(
            List<List<List<SendLoad.Prepared>>> soapRounds,
            List<List<List<SendLoad.Prepared>>> vxpRounds,
            Function<String, EdocClient> soapClients,
            Map<String, VxpSender> vxpSenders)
            throws InterruptedException {
        Burst soap = new Burst();
        Burst vxp = new Burst();
        for (int round = 0; round < soapRounds.size(); round++) {
            soap.run(
                    soapRounds.get(round),
                    p -> soapClients.apply(p.sender()).send(p.packet()).getPacketId());
            vxp.run(vxpRounds.get(round), p -> {
                try {
                    return vxpSenders.get(p.sender()).send(p.packet(), p.sender());
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            });
        }
        int senders = soapRounds.get(0).size();
        return List.of(soap.result("SOAP sendDocument", senders), vxp.result("VXP sendEdoc", senders));
    }

    /** Rounds of one protocol: their time and every send's latency (microseconds). */
    private static final class Burst {
        private final Recorder latencies = new Recorder(3);
        private final AtomicInteger accepted = new AtomicInteger();
        private final AtomicInteger failed = new AtomicInteger();
        private long nanos;

        void run(List<List<SendLoad.Prepared>> bySender, Function<SendLoad.Prepared, String> send)
                throws InterruptedException {
            List<Thread> threads = new ArrayList<>();
            for (List<SendLoad.Prepared> packets : bySender) {
                threads.add(new Thread(() -> {
                    for (SendLoad.Prepared packet : packets) {
                        long started = System.nanoTime();
                        try {
                            send.apply(packet);
                            latencies.recordValue((System.nanoTime() - started) / 1000);
                            accepted.incrementAndGet();
                        } catch (RuntimeException e) {
                            if (failed.getAndIncrement() < 3) {
                                System.err.println("send failed: " + e);
                            }
                        }
                    }
                }));
            }
            long started = System.nanoTime();
            threads.forEach(Thread::start);
            for (Thread thread : threads) {
                thread.join();
            }
            nanos += System.nanoTime() - started;
        }

        Result result(String protocol, int senders) {
            return new Result(
                    protocol,
                    senders,
                    accepted.get(),
                    failed.get(),
                    accepted.get() / (nanos / 1e9),
                    latencies.getIntervalHistogram());
        }
    }
}
