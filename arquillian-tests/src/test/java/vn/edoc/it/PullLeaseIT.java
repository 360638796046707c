package vn.edoc.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static vn.edoc.it.AxisCalls.children;
import static vn.edoc.it.AxisCalls.text;
import static vn.edoc.it.Packets.PROVINCE;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Element;

/**
 * Pullers of one office side by side: each copy is leased to the puller that listed it (3 s in the test domain), no
 * other puller is handed it meanwhile, and a puller that dies without confirming loses nothing.
 */
@ExtendWith(ArquillianExtension.class)
class PullLeaseIT {
    private static final String BASE_URL = System.getProperty("edoc.it.base-url", "http://localhost:8080");
    // communes of Đức Cơ that no other test uses: their pending lists hold only what these tests send
    private static final String OFFICE = "000.05.50.H21";
    private static final String BUSY_OFFICE = "000.06.50.H21";

    private final AxisCalls axis = new AxisCalls(BASE_URL);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return EdocDeployment.ear();
    }

    @Test
    void twoPullersNeverGetTheSameCopyAndADeadPullersCopiesComeBack() {
        List<String> sent = send(OFFICE, 6);

        List<String> byA = pending(OFFICE, 4, "worker-a");
        List<String> byB = pending(OFFICE, 10, "worker-b");

        assertThat(byA).hasSize(4).doesNotContainAnyElementsOf(byB);
        assertThat(byB).hasSize(2);
        assertThat(union(byA, byB)).containsExactlyInAnyOrderElementsOf(sent);
        assertThat(pending(OFFICE, 10, "worker-c")).as("everything is leased").isEmpty();
        assertThat(pending(OFFICE, 10, "worker-a"))
                .as("a puller lists its own again")
                .isEqualTo(byA);
        assertThatThrownBy(() -> axis.getDocument(OFFICE, byA.get(0), "worker-b"))
                .isInstanceOfSatisfying(SoapFault.class, f -> assertThat(f.code).isEqualTo("DELIVERY_LEASED"));
        byB.forEach(id -> fetchAndConfirm(OFFICE, id, "worker-b"));

        // worker-a dies here without confirming: when its leases end, worker-b is given its copies
        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> new HashSet<>(pending(OFFICE, 10, "worker-b")).equals(new HashSet<>(byA)));
        byA.forEach(id -> fetchAndConfirm(OFFICE, id, "worker-b"));

        assertThat(pending(OFFICE, 10, "worker-c")).isEmpty();
        for (String packetId : sent) {
            assertThat(events(packetId, OFFICE)).containsExactly("WAITING", "FETCHED", "CONFIRMED");
            assertThat(axis.getReceipts(PROVINCE, packetId))
                    .as("accepted + one delivery")
                    .hasSize(2);
        }
    }

    @Test
    void pullersRacingForOneOfficeShareItsCopiesWithoutOverlap() throws Exception {
        List<String> sent = send(BUSY_OFFICE, 20);
        Map<String, String> handedTo = new ConcurrentHashMap<>();
        List<String> overlaps = java.util.Collections.synchronizedList(new ArrayList<>());

        ExecutorService pullers = Executors.newFixedThreadPool(3);
        List<Future<?>> running = IntStream.range(0, 3)
                .<Future<?>>mapToObj(i -> pullers.submit(() -> pullUntilEmpty("racer-" + i, handedTo, overlaps)))
                .toList();
        for (Future<?> puller : running) {
            puller.get();
        }
        pullers.shutdown();

        assertThat(overlaps).as("copies handed to two pullers").isEmpty();
        assertThat(handedTo.keySet()).containsExactlyInAnyOrderElementsOf(sent);
        assertThat(new HashSet<>(handedTo.values())).as("the work was shared").hasSizeGreaterThan(1);
        for (String packetId : sent) {
            assertThat(events(packetId, BUSY_OFFICE)).containsExactly("WAITING", "FETCHED", "CONFIRMED");
        }
    }

    private void pullUntilEmpty(String worker, Map<String, String> handedTo, List<String> overlaps) {
        int emptyLists = 0;
        while (emptyLists < 2) {
            List<String> listed = pending(BUSY_OFFICE, 3, worker);
            emptyLists = listed.isEmpty() ? emptyLists + 1 : 0;
            for (String packetId : listed) {
                String earlier = handedTo.putIfAbsent(packetId, worker);
                if (earlier != null && !earlier.equals(worker)) {
                    overlaps.add(packetId + " to " + earlier + " and " + worker);
                }
                fetchAndConfirm(BUSY_OFFICE, packetId, worker);
            }
        }
    }

    private List<String> send(String office, int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> text(axis.sendDocument(Packets.signedByProvinceTo(office)), "packetId"))
                .toList();
    }

    private List<String> pending(String office, int maxItems, String worker) {
        return axis.getPendingDocuments(office, maxItems, worker).stream()
                .map(p -> text(p, "packetId"))
                .toList();
    }

    private void fetchAndConfirm(String office, String packetId, String worker) {
        byte[] bytes = Base64.getMimeDecoder().decode(text(axis.getDocument(office, packetId, worker), "packet"));
        assertThat(text(axis.confirmReceived(office, packetId, Packets.sha256(bytes)), "state"))
                .isEqualTo("CONFIRMED");
    }

    private List<String> events(String packetId, String office) {
        Element copy = axis.recipientTrace(PROVINCE, packetId, office);
        return children(copy, "event").stream().map(e -> text(e, "state")).toList();
    }

    private static Set<String> union(List<String> a, List<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }
}
