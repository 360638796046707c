package vn.edoc.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.edoc.it.AxisCalls.directText;
import static vn.edoc.it.AxisCalls.text;
import static vn.edoc.it.Packets.PROVINCE;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.edoc.it.PushReceiverServer.Behaviour;
import vn.edoc.it.PushReceiverServer.Call;

/**
 * Two instances of one deployment group on one MariaDB database ({@link ClusterHarness}): packets sent to either
 * instance are pushed by both instances' workers, each exactly once; an instance killed while it pushes loses nothing,
 * the other one pushes the copy once the dead worker's lease ends (6 s here).
 */
@ExtendWith(ClusterHarness.class)
class ClusterDeliveryIT {
    // communes of Mang Yang that the cluster tests use alone
    private static final Map<String, String> SPREAD = Map.of(
            "000.01.48.H21", "UBND thị trấn Kon Dơng,UBND thị trấn",
            "000.02.48.H21", "UBND xã Ayun,UBND xã",
            "000.03.48.H21", "UBND xã Đak Jơ Ta,UBND xã");
    private static final String CRASHED = "000.04.48.H21";
    private static final int PACKETS = 30;

    private static final PushReceiverServer SYSTEMS = new PushReceiverServer();

    private final AxisCalls edoc1 = new AxisCalls(ClusterHarness.EDOC_1);
    private final AxisCalls edoc2 = new AxisCalls(ClusterHarness.EDOC_2);
    private final OperatorApi operator = new OperatorApi(ClusterHarness.EDOC_1);

    @AfterAll
    static void stopSystems() {
        SYSTEMS.close();
    }

    @Test
    void deliveriesAreSpreadOverBothInstancesAndNoneIsPushedTwice() {
        SPREAD.forEach((office, names) -> receivesByPush(office, names, Behaviour.SLOW_TAKES));
        List<String> offices = List.copyOf(SPREAD.keySet());
        List<String> packetIds = new ArrayList<>();
        for (int i = 0; i < PACKETS; i++) {
            AxisCalls instance = i % 2 == 0 ? edoc1 : edoc2;
            String office = offices.get(i % offices.size());
            packetIds.add(text(instance.sendDocument(Packets.signedByProvinceTo(office)), "packetId"));
        }

        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> Rows.number(
                                "SELECT COUNT(*) FROM delivery WHERE push_state = 'DELIVERED' AND recipient_code IN (?, ?, ?)",
                                offices.get(0),
                                offices.get(1),
                                offices.get(2))
                        == PACKETS);

        List<Call> calls = new ArrayList<>();
        offices.forEach(office -> calls.addAll(SYSTEMS.callsTo(office)));
        assertThat(calls)
                .extracting(Call::packetId)
                .as("each packet pushed once")
                .containsExactlyInAnyOrderElementsOf(packetIds);
        assertThat(calls).extracting(Call::attempt).containsOnly(1);
        assertThat(workersOf("push:edoc-1/%")).as("edoc-1 pushed some").isPositive();
        assertThat(workersOf("push:edoc-2/%")).as("edoc-2 pushed some").isPositive();
        assertThat(workersOf("push:edoc-1/%") + workersOf("push:edoc-2/%")).isEqualTo(PACKETS);
        assertThat(Rows.number(
                        "SELECT COUNT(*) FROM receipt r JOIN delivery d ON d.packet_id = r.packet_id"
                                + " AND d.recipient_code = r.recipient_code WHERE r.kind = 'DELIVERED'"
                                + " AND d.recipient_code IN (?, ?, ?)",
                        offices.get(0),
                        offices.get(1),
                        offices.get(2)))
                .as("one delivery receipt each")
                .isEqualTo(PACKETS);
    }

    /**
     * The instance pushing a copy dies (kill -9) while the office's system holds the call; the other instance pushes
     * it again after the lease, and the copy is confirmed and receipted once. The killed instance comes back.
     */
    @Test
    void anInstanceKilledMidPushLeavesItsCopyToTheOtherAfterTheLease() throws InterruptedException {
        receivesByPush(CRASHED, "UBND xã Đak Ta Ley,UBND xã", Behaviour.HOLDS_FIRST_CALL);
        byte[] packet = Packets.signedByProvinceTo(CRASHED);
        String packetId = text(edoc2.sendDocument(packet), "packetId");
        assertThat(SYSTEMS.awaitFirstHeldCall(30))
                .as("the first push reached the system")
                .isTrue();
        String holder = Rows.text("SELECT lease_holder FROM delivery WHERE packet_id = ?", packetId);
        int pushing = holder.startsWith("push:edoc-1/") ? 1 : 2;

        ClusterHarness.run("cluster", "kill", Integer.toString(pushing));
        SYSTEMS.releaseHeldCall();

        AxisCalls survivor = pushing == 1 ? edoc2 : edoc1;
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(250))
                .until(() ->
                        "CONFIRMED".equals(directText(survivor.recipientTrace(PROVINCE, packetId, CRASHED), "state")));
        assertThat(SYSTEMS.callsTo(CRASHED)).extracting(Call::attempt).containsExactly(1, 2);
        assertThat(SYSTEMS.heldBy(CRASHED)).containsOnlyKeys(packetId);
        assertThat(SYSTEMS.heldBy(CRASHED).get(packetId)).isEqualTo(packet);
        assertThat(Rows.text(
                        "SELECT a.worker FROM push_attempt a JOIN delivery d ON d.id = a.delivery_id"
                                + " WHERE d.packet_id = ? AND a.outcome = 'DELIVERED'",
                        packetId))
                .as("the survivor delivered it")
                .startsWith("push:edoc-" + (3 - pushing) + "/");
        assertThat(survivor.getReceipts(PROVINCE, packetId))
                .as("accepted + delivered, once")
                .hasSize(2);

        ClusterHarness.run("cluster", "restart", Integer.toString(pushing));
        assertThat(new OperatorApi(pushing == 1 ? ClusterHarness.EDOC_1 : ClusterHarness.EDOC_2)
                        .get("audit/verify")
                        .body())
                .contains("\"valid\":true");
    }

    private void receivesByPush(String office, String namesAndKind, Behaviour behaviour) {
        String endpoint = SYSTEMS.endpointFor(office, behaviour);
        String row = String.join(",", office, namesAndKind, "COMMUNE", "000.00.48.H21", "PUSH", endpoint);
        OperatorApi.Answer answer =
                operator.post("directory", "code,name,kind,level,parent_code,receives,push_endpoint\n" + row + "\n");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    }

    private static long workersOf(String pattern) {
        return Rows.number(
                "SELECT COUNT(*) FROM push_attempt a JOIN delivery d ON d.id = a.delivery_id"
                        + " WHERE a.outcome = 'DELIVERED' AND a.worker LIKE ? AND d.recipient_code LIKE '%.48.H21'"
                        + " AND d.recipient_code <> ?",
                pattern, CRASHED);
    }
}
