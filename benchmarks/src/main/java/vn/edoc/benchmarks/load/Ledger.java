package vn.edoc.benchmarks.load;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * What happened to each document of a run, by DocumentId: when it was sent, how many times its recipient took it and
 * how many times its sender saw the recipient's status. Latencies are recorded in microseconds.
 */
final class Ledger {
    private final Map<String, Long> sentAt = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> taken = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> answered = new ConcurrentHashMap<>();
    private final LongAdder unknown = new LongAdder();
    private final LongAdder failures = new LongAdder();
    private final Histogram send = histogram();
    private final Histogram cycle = histogram();
    private volatile long lastAnswerNanos;

    void sent(String documentId, long startedNanos) {
        long now = System.nanoTime();
        if (sentAt.putIfAbsent(documentId, startedNanos) != null) {
            throw new IllegalStateException("sent twice by the generator: " + documentId);
        }
        send.recordValue(TimeUnit.NANOSECONDS.toMicros(now - startedNanos));
    }

    /** A recipient took (fetched and confirmed) a copy of the document. */
    void taken(String documentId) {
        count(taken, documentId);
    }

    /** The sender saw the recipient's answer about its document. */
    void answered(String documentId) {
        Long started = sentAt.get(documentId);
        if (started == null) {
            unknown.increment();
            return;
        }
        if (count(answered, documentId) == 1) {
            long now = System.nanoTime();
            cycle.recordValue(TimeUnit.NANOSECONDS.toMicros(now - started));
            lastAnswerNanos = now;
        }
    }

    /** A call that failed (it is counted, and the run goes on: the counts at the end tell what it cost). */
    void failed(Exception e) {
        failures.increment();
        if (failures.sum() <= 5) {
            System.err.println("load: " + e);
        }
    }

    private int count(Map<String, AtomicInteger> counts, String documentId) {
        if (!sentAt.containsKey(documentId)) {
            unknown.increment();
            System.err.println("load: a packet this run did not send: " + documentId);
        }
        return counts.computeIfAbsent(documentId, k -> new AtomicInteger()).incrementAndGet();
    }

    int sent() {
        return sentAt.size();
    }

    int answeredOnce() {
        return answered.size();
    }

    Counts counts() {
        return new Counts(
                sentAt.size(),
                taken.size(),
                duplicates(taken),
                answered.size(),
                duplicates(answered),
                (int) unknown.sum(),
                (int) failures.sum(),
                sentAt.size() - answered.size());
    }

    Histogram sendLatency() {
        return send;
    }

    Histogram cycleLatency() {
        return cycle;
    }

    long lastAnswerNanos() {
        return lastAnswerNanos;
    }

    private static int duplicates(Map<String, AtomicInteger> counts) {
        return counts.values().stream().mapToInt(c -> c.get() - 1).sum();
    }

    private static Histogram histogram() {
        return new ConcurrentHistogram(TimeUnit.MINUTES.toMicros(10), 3);
    }

    /**
     * @param taken documents a recipient took at least once; {@code takenTwice} the extra times
     * @param answered documents whose status the sender saw; {@code lost} those it never saw
     * @param unknown packets taken that this run never sent
     */
    record Counts(
            int sent, int taken, int takenTwice, int answered, int answeredTwice, int unknown, int failures, int lost) {
        boolean exact() {
            return taken == sent
                    && answered == sent
                    && takenTwice == 0
                    && answeredTwice == 0
                    && unknown == 0
                    && failures == 0;
        }
    }
}
