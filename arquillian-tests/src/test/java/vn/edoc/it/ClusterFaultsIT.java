package vn.edoc.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.edoc.it.AxisCalls.text;
import static vn.edoc.it.Packets.AN_KHE;
import static vn.edoc.it.Packets.PLEIKU;
import static vn.edoc.it.Packets.PROVINCE;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Element;
import vn.edoc.it.PushReceiverServer.Behaviour;

/**
 * Faults under load (docs/operators/cluster.md, "Faults under load"). Signed packets flow into both instances of the cluster, each to two
 * offices that pull (and answer 01) and one that takes them by push (and answers 01); meanwhile one instance is killed
 * (kill -9) and started again, MariaDB stops and starts, and the pushed office's endpoint goes away for 20 s. The
 * callers retry what failed, on the other instance, as a document-management system does. Afterwards every copy is
 * delivered exactly once, every status and receipt is there, and the audit chain verifies; the counts are printed.
 * {@code -Dedoc.faults.packets} sets the load: 40 in CI, more with {@code benchmarks/run-faults}.
 */
@ExtendWith(ClusterHarness.class)
class ClusterFaultsIT {
    private static final String PUSHED = "000.00.46.H21";
    private static final List<String> PULLED = List.of(PLEIKU, AN_KHE);
    private static final List<String> RECIPIENTS = List.of(PLEIKU, AN_KHE, PUSHED);
    private static final int PACKETS = Integer.getInteger("edoc.faults.packets", 40);
    private static final Duration GIVE_UP = Duration.ofMinutes(3);

    private static final PushReceiverServer SYSTEMS = new PushReceiverServer();

    private final List<AxisCalls> instances =
            List.of(new AxisCalls(ClusterHarness.EDOC_1), new AxisCalls(ClusterHarness.EDOC_2));
    private final Map<String, String> sentIds = new ConcurrentHashMap<>();
    private final AtomicInteger resentDocuments = new AtomicInteger();
    private final Map<String, Set<String>> held = new ConcurrentHashMap<>();
    private final AtomicInteger duplicatePulls = new AtomicInteger();
    private final Set<String> statusesSent = ConcurrentHashMap.newKeySet();
    private final AtomicInteger retriedCalls = new AtomicInteger();
    private final AtomicBoolean loadDone = new AtomicBoolean();

    @AfterAll
    static void stopSystems() {
        SYSTEMS.close();
    }

    @Test
    void everyCopyIsDeliveredOnceThroughAKilledInstanceADatabaseRestartAndAnUnreachableRecipient() throws Exception {
        receivesByPush();
        RECIPIENTS.forEach(office -> held.put(office, ConcurrentHashMap.newKeySet()));
        ExecutorService threads = Executors.newCachedThreadPool();
        List<Future<?>> work = List.of(
                threads.submit(this::sendAll),
                threads.submit(() -> pull(PLEIKU)),
                threads.submit(() -> pull(AN_KHE)),
                threads.submit(this::answerPushed),
                threads.submit(this::faults));
        work.get(0).get(GIVE_UP.toSeconds(), TimeUnit.SECONDS);
        work.get(4).get(GIVE_UP.toSeconds(), TimeUnit.SECONDS);
        loadDone.set(true);
        for (Future<?> worker : work.subList(1, 4)) {
            worker.get(GIVE_UP.toSeconds(), TimeUnit.SECONDS);
        }
        threads.shutdown();

        long copies = (long) sentIds.size() * RECIPIENTS.size();
        long delivered = held.values().stream().mapToLong(Set::size).sum();
        long confirmedTwice = number("SELECT COUNT(*) FROM (SELECT e.delivery_id FROM delivery_event e"
                + " JOIN delivery d ON d.id = e.delivery_id JOIN packet p ON p.packet_id = d.packet_id"
                + " WHERE p.sender_code = ? AND p.kind = 'DOCUMENT' AND e.state = 'CONFIRMED' AND d.recipient_code IN"
                + " (?, ?, ?) AND @THIS_RUN@ GROUP BY e.delivery_id HAVING COUNT(*) > 1) twice");
        long acceptedTwice = number("SELECT COUNT(*) FROM (SELECT q.document_id FROM packet q WHERE q.sender_code = ?"
                + " AND q.kind = 'DOCUMENT' AND q.document_id IN (SELECT p.document_id FROM packet p JOIN delivery d"
                + " ON d.packet_id = p.packet_id WHERE d.recipient_code IN (?, ?, ?) AND @THIS_RUN@)"
                + " GROUP BY q.document_id HAVING COUNT(*) > 1) twice");
        long deliveryReceipts = number("SELECT COUNT(*) FROM receipt r JOIN packet p ON p.packet_id = r.packet_id"
                + " WHERE p.sender_code = ? AND p.kind = 'DOCUMENT' AND r.kind = 'DELIVERED' AND r.recipient_code IN"
                + " (?, ?, ?) AND @THIS_RUN@");
        long statuses = number("SELECT COUNT(*) FROM delivery d JOIN packet p ON p.packet_id = d.packet_id"
                + " WHERE p.sender_code = ? AND p.kind = 'DOCUMENT' AND d.progress = '01' AND d.recipient_code IN"
                + " (?, ?, ?) AND @THIS_RUN@");
        int redundantPushes =
                SYSTEMS.callsTo(PUSHED).size() - SYSTEMS.heldBy(PUSHED).size();
        String audit =
                new OperatorApi(ClusterHarness.EDOC_2).get("audit/verify").body();
        System.out.printf(
                "faults under load: sent %d packets (%d copies), delivered %d, duplicates %d, lost %d;"
                        + " statuses 01 %d, delivery receipts %d; calls retried by the senders and recipients %d,"
                        + " documents sent again %d, pushes repeated after a fault (taken once) %d; audit %s%n",
                sentIds.size(),
                copies,
                delivered,
                duplicatePulls.get() + confirmedTwice + acceptedTwice,
                copies - delivered,
                statuses,
                deliveryReceipts,
                retriedCalls.get(),
                resentDocuments.get(),
                redundantPushes,
                audit);
        assertThat(sentIds).hasSize(PACKETS);
        assertThat(delivered).as("delivered").isEqualTo(copies);
        assertThat(duplicatePulls.get())
                .as("a copy pulled again after it was confirmed")
                .isZero();
        assertThat(confirmedTwice).as("a copy confirmed twice").isZero();
        assertThat(acceptedTwice).as("a document accepted as two packets").isZero();
        assertThat(statuses).as("every 01 recorded").isEqualTo(copies);
        assertThat(deliveryReceipts).as("one delivery receipt per copy").isEqualTo(copies);
        assertThat(audit).contains("\"valid\":true");
    }

    /** Sends the load, each packet to both instances in turn; a failed send goes again (same bytes) until it is taken. */
    private void sendAll() {
        for (int i = 0; i < PACKETS; i++) {
            byte[] packet = Packets.signedByProvince(toRecipients());
            String documentId = documentIdOf(packet);
            AtomicInteger tries = new AtomicInteger();
            String packetId = retried(i, axis -> {
                if (tries.incrementAndGet() > 1) {
                    resentDocuments.incrementAndGet();
                }
                return text(axis.sendDocument(packet), "packetId");
            });
            String earlier = sentIds.putIfAbsent(documentId, packetId);
            assertThat(earlier)
                    .as("the same bytes again answer the same packet")
                    .isIn(null, packetId);
        }
    }

    /** An office's system: pulls, checks, confirms and answers 01, until the load is done and nothing waits. */
    private void pull(String office) {
        int round = 0;
        while (true) {
            boolean last = loadDone.get() && allAnswered(office);
            List<Element> pending = retried(round++, axis -> axis.getPendingDocuments(office));
            for (Element document : pending) {
                take(office, text(document, "packetId"), round);
            }
            if (last && pending.isEmpty()) {
                return;
            }
            pause(Duration.ofMillis(200));
        }
    }

    private void take(String office, String packetId, int round) {
        if (!sentIds.containsValue(packetId)) {
            return; // its send is still being answered; taken in a later round
        }
        Element fetched = retried(round, axis -> axis.getDocument(office, packetId));
        String sha256 = text(fetched, "sha256");
        retried(round, axis -> axis.confirmReceived(office, packetId, sha256));
        if (!held.get(office).add(packetId)) {
            duplicatePulls.incrementAndGet();
        }
        answer(office, packetId, round);
    }

    /** The pushed office's system answers 01 for each packet it took. */
    private void answerPushed() {
        int round = 0;
        while (!(loadDone.get() && allAnswered(PUSHED))) {
            for (String packetId : SYSTEMS.heldBy(PUSHED).keySet()) {
                if (sentIds.containsValue(packetId) && held.get(PUSHED).add(packetId)) {
                    answer(PUSHED, packetId, round);
                }
            }
            round++;
            pause(Duration.ofMillis(200));
        }
    }

    private void answer(String office, String packetId, int round) {
        String documentId = sentIds.entrySet().stream()
                .filter(e -> e.getValue().equals(packetId))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow();
        byte[] status = StatusPackets.status(office, PROVINCE, documentId, "01", null);
        retried(round, axis -> axis.sendStatus(status));
        statusesSent.add(office + " " + packetId);
    }

    private boolean allAnswered(String office) {
        return sentIds.size() == PACKETS
                && sentIds.values().stream().allMatch(id -> statusesSent.contains(office + " " + id));
    }

    /** The faults, each when a share of the load is sent. */
    private void faults() {
        awaitSent(PACKETS / 5);
        ClusterHarness.run("cluster", "kill", "1");
        pause(Duration.ofSeconds(3));
        ClusterHarness.run("cluster", "restart", "1");
        awaitSent(PACKETS / 2);
        ClusterHarness.run("cluster", "restart-database", "5");
        awaitSent(PACKETS * 7 / 10);
        SYSTEMS.unreachable(PUSHED);
        pause(Duration.ofSeconds(20));
        SYSTEMS.reachable(PUSHED);
    }

    private void awaitSent(int count) {
        await().atMost(GIVE_UP).pollInterval(Duration.ofMillis(200)).until(() -> sentIds.size() >= count);
    }

    /**
     * A call as a careful system makes it: on the instance of this round, and on a failure of the axis (an instance
     * away, the database restarting: no answer, or INTERNAL_ERROR) again on the other one a second later.
     */
    private <T> T retried(int round, Function<AxisCalls, T> call) {
        long deadline = System.nanoTime() + GIVE_UP.toNanos();
        for (int attempt = 0; ; attempt++) {
            try {
                return call.apply(instances.get((round + attempt) % 2));
            } catch (SoapFault e) {
                // TOKEN_REPLAYED: the HTTP client sent the same bytes again on a new connection after the instance it
                // had reached went away having taken the call (the JDK's client does that for a closed connection);
                // the careful system makes a new token and calls again (sendDocument answers the first acceptance)
                boolean transportRetry = "TOKEN_REPLAYED".equals(e.code);
                if (!("INTERNAL_ERROR".equals(e.code) || transportRetry) || System.nanoTime() > deadline) {
                    throw e; // a refusal with its own code is not a fault of the cluster: never asked again
                }
                retriedCalls.incrementAndGet();
                pause(Duration.ofSeconds(1));
            } catch (RuntimeException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                retriedCalls.incrementAndGet();
                pause(Duration.ofSeconds(1));
            }
        }
    }

    /** The two-recipient fixture to Pleiku, An Khê and Chư Păh, with a fresh number. */
    private static String toRecipients() {
        String pushed = "<edXML:To>\n          <edXML:OrganId>" + PUSHED + "</edXML:OrganId>\n"
                + "          <edXML:OrganName>UBND huyện Chư Păh</edXML:OrganName>\n        </edXML:To>\n        ";
        return new String(Packets.fresh("province-to-department-and-city.edxml"), StandardCharsets.UTF_8)
                .replace(
                        "<edXML:OrganId>000.00.02.H21</edXML:OrganId>", "<edXML:OrganId>" + AN_KHE + "</edXML:OrganId>")
                .replace("<edXML:DocumentId>", pushed + "<edXML:DocumentId>");
    }

    private static String documentIdOf(byte[] packet) {
        String text = new String(packet, StandardCharsets.UTF_8);
        int start = text.indexOf("<edXML:DocumentId>") + "<edXML:DocumentId>".length();
        return text.substring(start, text.indexOf('<', start));
    }

    private void receivesByPush() {
        String endpoint = SYSTEMS.endpointFor(PUSHED, Behaviour.TAKES);
        String row =
                String.join(",", PUSHED, "UBND huyện Chư Păh", "UBND huyện", "DISTRICT", PROVINCE, "PUSH", endpoint);
        OperatorApi.Answer answer = new OperatorApi(ClusterHarness.EDOC_1)
                .post("directory", "code,name,kind,level,parent_code,receives,push_endpoint\n" + row + "\n");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    }

    /** Counts over this run's packets only (the database may hold earlier runs'): {@code sql} ends with its IN. */
    private long number(String sql) {
        List<String> ids = List.copyOf(sentIds.values());
        Object[] values = new Object[4 + ids.size()];
        values[0] = PROVINCE;
        values[1] = PLEIKU;
        values[2] = AN_KHE;
        values[3] = PUSHED;
        for (int i = 0; i < ids.size(); i++) {
            values[4 + i] = ids.get(i);
        }
        String marks = String.join(", ", Collections.nCopies(ids.size(), "?"));
        return Rows.number(sql.replace("@THIS_RUN@", "p.packet_id IN (" + marks + ")"), values);
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
