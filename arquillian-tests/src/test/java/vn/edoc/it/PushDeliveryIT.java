package vn.edoc.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.edoc.it.AxisCalls.children;
import static vn.edoc.it.AxisCalls.directText;
import static vn.edoc.it.AxisCalls.text;
import static vn.edoc.it.Packets.PROVINCE;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Element;
import vn.edoc.it.PushReceiverServer.Behaviour;
import vn.edoc.it.PushReceiverServer.Call;

/**
 * Push delivery to offices whose systems take packets by push (the test domain retries after 0.5-2 s, four tries in
 * all, and leases a push for 6 s): retries until a system takes it, the dead letter with the operator's retry and
 * cancel, and a server killed in the middle of a push.
 */
@ExtendWith(ArquillianExtension.class)
class PushDeliveryIT {
    private static final String BASE_URL = System.getProperty("edoc.it.base-url", "http://localhost:8080");
    // communes of Đức Cơ that no other test uses
    private static final String FAILS_TWICE = "000.01.50.H21";
    private static final String NEVER_TAKES = "000.02.50.H21";
    private static final String GIVEN_UP = "000.03.50.H21";
    private static final String CRASHED = "000.04.50.H21";

    private static final Map<String, String> NAMES_AND_KINDS = Map.of(
            FAILS_TWICE, "UBND thị trấn Chư Ty,UBND thị trấn",
            NEVER_TAKES, "UBND xã Ia Dơk,UBND xã",
            GIVEN_UP, "UBND xã Ia Krêl,UBND xã",
            CRASHED, "UBND xã Ia Din,UBND xã");

    private static final PushReceiverServer SYSTEMS = new PushReceiverServer();

    private final AxisCalls axis = new AxisCalls(BASE_URL);
    private final OperatorApi operator = new OperatorApi(BASE_URL);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return EdocDeployment.ear();
    }

    @AfterAll
    static void stopSystems() {
        SYSTEMS.close();
    }

    @Test
    void aSystemThatFailsTwiceGetsThePacketOnTheThirdTryOnce() {
        receivesByPush(FAILS_TWICE, Behaviour.FAILS_TWICE_THEN_TAKES);
        byte[] packet = Packets.signedByProvinceTo(FAILS_TWICE);

        String packetId = text(axis.sendDocument(packet), "packetId");

        Element copy = awaitCopy(packetId, FAILS_TWICE, "CONFIRMED", Duration.ofSeconds(30));
        assertThat(text(copy, "attempts")).isEqualTo("3");
        assertThat(pushState(copy)).isEqualTo("DELIVERED");
        assertThat(events(copy)).containsExactly("WAITING", "FETCHED", "CONFIRMED");
        assertThat(SYSTEMS.callsTo(FAILS_TWICE)).extracting(Call::attempt).containsExactly(1, 2, 3);
        assertThat(SYSTEMS.heldBy(FAILS_TWICE)).containsOnlyKeys(packetId);
        assertThat(SYSTEMS.heldBy(FAILS_TWICE).get(packetId))
                .as("byte for byte")
                .isEqualTo(packet);
        assertThat(axis.getReceipts(PROVINCE, packetId))
                .as("accepted + delivered")
                .hasSize(2);
        assertThat(attemptRows(packetId, "FAILED")).isEqualTo(2);
        assertThat(attemptRows(packetId, "DELIVERED")).isEqualTo(1);
        assertThat(pendingIds(FAILS_TWICE)).doesNotContain(packetId);
    }

    @Test
    void aSystemThatNeverTakesItLeavesTheCopyInTheDeadLetterUntilAnOperatorRetries() {
        receivesByPush(NEVER_TAKES, Behaviour.ALWAYS_FAILS);
        String packetId = text(axis.sendDocument(Packets.signedByProvinceTo(NEVER_TAKES)), "packetId");

        Element dead = awaitPush(packetId, NEVER_TAKES, "DEAD_LETTER");
        assertThat(directText(dead, "state")).isEqualTo("WAITING");
        assertThat(text(dead, "attempts")).isEqualTo("4");
        assertThat(text(dead, "lastError")).contains("đang bảo trì");
        assertThat(text(dead, "nextAttemptAt")).isNull();
        OperatorApi.Answer deadLetter = operator.get("deliveries?push=DEAD_LETTER");
        assertThat(deadLetter.status()).isEqualTo(200);
        assertThat(deadLetter.body()).contains(packetId);
        assertThat(operator.get("audit?subject=" + packetId).body()).contains("PUSH_DEAD_LETTER");
        Duration waited = Duration.ofSeconds(3); // the schedule is spent: nothing more is tried
        await().during(waited)
                .atMost(waited.plusSeconds(2))
                .until(() -> SYSTEMS.callsTo(NEVER_TAKES).size() == 4);

        SYSTEMS.behave(NEVER_TAKES, Behaviour.TAKES);
        OperatorApi.Answer retried = operator.post("deliveries/" + deliveryId(packetId, NEVER_TAKES) + "/retry", "");
        assertThat(retried.status()).as(retried.body()).isEqualTo(200);

        Element delivered = awaitCopy(packetId, NEVER_TAKES, "CONFIRMED", Duration.ofSeconds(20));
        assertThat(pushState(delivered)).isEqualTo("DELIVERED");
        assertThat(text(delivered, "attempts")).as("a fresh schedule").isEqualTo("1");
        assertThat(SYSTEMS.heldBy(NEVER_TAKES)).containsOnlyKeys(packetId);
        assertThat(operator.get("deliveries?push=DEAD_LETTER").body()).doesNotContain(packetId);
    }

    @Test
    void anOperatorCancelsADeadLetterAndTheSenderSeesIt() {
        receivesByPush(GIVEN_UP, Behaviour.ALWAYS_FAILS);
        String packetId = text(axis.sendDocument(Packets.signedByProvinceTo(GIVEN_UP)), "packetId");
        awaitPush(packetId, GIVEN_UP, "DEAD_LETTER");
        long deliveryId = deliveryId(packetId, GIVEN_UP);

        OperatorApi.Answer cancelled = operator.post("deliveries/" + deliveryId + "/cancel", "");

        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        assertThat(cancelled.body()).contains("\"state\":\"CANCELLED\"");
        assertThat(directText(copy(packetId, GIVEN_UP), "state")).isEqualTo("CANCELLED");
        assertThat(pendingIds(GIVEN_UP)).doesNotContain(packetId);
        OperatorApi.Answer again = operator.post("deliveries/" + deliveryId + "/retry", "");
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.body()).contains("DELIVERY_ACTION_ILLEGAL");
        assertThat(operator.post("deliveries/999999999/cancel", "").body()).contains("DELIVERY_NOT_FOUND");
        assertThat(operator.get("deliveries?push=DELIVERED").body()).contains("REQUEST_INVALID");
    }

    /**
     * The server dies (kill -9) while its push worker waits for the office's system; restarted, the copy is pushed
     * again once the dead worker's lease has ended, and is delivered, confirmed and receipted exactly once.
     */
    @Test
    void aServerKilledInTheMiddleOfAPushLosesNothingAndDeliversOnce() throws Exception {
        receivesByPush(CRASHED, Behaviour.HOLDS_FIRST_CALL);
        byte[] packet = Packets.signedByProvinceTo(CRASHED);
        String packetId = text(axis.sendDocument(packet), "packetId");
        assertThat(SYSTEMS.awaitFirstHeldCall(30))
                .as("the first push reached the system")
                .isTrue();

        testDomain("crash");
        SYSTEMS.releaseHeldCall();
        testDomain("resume");

        Element copy = awaitCopy(packetId, CRASHED, "CONFIRMED", Duration.ofSeconds(60));
        assertThat(SYSTEMS.callsTo(CRASHED)).extracting(Call::attempt).containsExactly(1, 2);
        assertThat(SYSTEMS.heldBy(CRASHED)).containsOnlyKeys(packetId);
        assertThat(SYSTEMS.heldBy(CRASHED).get(packetId)).isEqualTo(packet);
        assertThat(text(copy, "attempts")).isEqualTo("2");
        assertThat(events(copy)).containsExactly("WAITING", "FETCHED", "CONFIRMED");
        assertThat(axis.getReceipts(PROVINCE, packetId))
                .as("accepted + delivered, once")
                .hasSize(2);
        assertThat(attemptRows(packetId, "DELIVERED")).isEqualTo(1);
        assertThat(attemptRows(packetId, "FAILED"))
                .as("the killed attempt never ended")
                .isZero();
        assertThat(operator.get("audit/verify").body()).contains("\"valid\":true");
    }

    /** The office's directory row, as the sample has it, now receiving by push at the test system's endpoint. */
    private void receivesByPush(String office, Behaviour behaviour) {
        String endpoint = SYSTEMS.endpointFor(office, behaviour);
        String row =
                String.join(",", office, NAMES_AND_KINDS.get(office), "COMMUNE", "000.00.50.H21", "PUSH", endpoint);
        OperatorApi.Answer answer =
                operator.post("directory", "code,name,kind,level,parent_code,receives,push_endpoint\n" + row + "\n");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    }

    private Element awaitCopy(String packetId, String office, String state, Duration atMost) {
        await().atMost(atMost)
                .pollInterval(Duration.ofMillis(250))
                .until(() -> state.equals(directText(copy(packetId, office), "state")));
        return copy(packetId, office);
    }

    private Element awaitPush(String packetId, String office, String pushState) {
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> pushState.equals(pushState(copy(packetId, office))));
        return copy(packetId, office);
    }

    private Element copy(String packetId, String office) {
        return axis.recipientTrace(PROVINCE, packetId, office);
    }

    private static String pushState(Element copy) {
        List<Element> push = children(copy, "push");
        return push.isEmpty() ? null : directText(push.get(0), "state");
    }

    private static List<String> events(Element copy) {
        return children(copy, "event").stream().map(e -> text(e, "state")).toList();
    }

    private List<String> pendingIds(String office) {
        return axis.getPendingDocuments(office).stream()
                .map(p -> text(p, "packetId"))
                .toList();
    }

    private static long deliveryId(String packetId, String office) {
        return Rows.number("SELECT id FROM delivery WHERE packet_id = ? AND recipient_code = ?", packetId, office);
    }

    private static long attemptRows(String packetId, String outcome) {
        return Rows.number(
                "SELECT COUNT(*) FROM push_attempt a JOIN delivery d ON d.id = a.delivery_id"
                        + " WHERE d.packet_id = ? AND a.outcome = ?",
                packetId,
                outcome);
    }

    /** Runs {@code bin/edoc test-domain <action>} on the domain these tests run against. */
    private static void testDomain(String action) throws IOException, InterruptedException {
        TestDomain.run(action);
    }
}
