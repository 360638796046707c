package vn.edoc.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.edoc.it.AxisCalls.directText;
import static vn.edoc.it.AxisCalls.text;
import static vn.edoc.it.Packets.PROVINCE;

import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Element;

/**
 * Federation over the national protocol, on the cluster and the national axis beside it ({@link ClusterHarness}),
 * linked over VXP by {@code bin/edoc peer start --vxp}: the province is a connected system of the national axis (VXP,
 * scoped to its offices), the national axis a peer of protocol {@code vxp} of the province ({@code vxp-quoc-gia}). A
 * document for a national office goes up with sendEdoc and arrives there byte for byte; the national office's 03 waits
 * at the national axis until the province's poller takes it; while the national axis cannot be reached the copy is
 * retried, the polls back off, and both recover with the copy delivered once.
 *
 * <p>It runs after the other cluster tests (the cluster execution runs them in alphabetical order): once linked over
 * VXP the national axis holds the province's offices in its own directory, so ClusterFederationIT's SOAP federation no
 * longer reaches the province.
 */
@ExtendWith(ClusterHarness.class)
class ClusterVxpFederationIT {
    private static final String HOME_AFFAIRS_MINISTRY = "000.00.00.G09";
    private static final String VXP_PEER = "vxp-quoc-gia";

    private final AxisCalls province = new AxisCalls(ClusterHarness.EDOC_1);
    private final OperatorApi operator = new OperatorApi(ClusterHarness.EDOC_1);
    private final AxisCalls national = new AxisCalls(
            ClusterHarness.NATIONAL,
            "it-national-vxp-dms",
            TestSystems.register(ClusterHarness.NATIONAL, "it-national-vxp-dms", "\"*\"", 1_000_000, null));

    @BeforeAll
    static void linkOverVxp() {
        ClusterHarness.run("peer", "start", "--test", "--vxp");
    }

    @Test
    void aDocumentGoesUpWithSendEdocAndItsStatusComesBackByPolling() {
        byte[] packet = Packets.signedByProvinceTo(HOME_AFFAIRS_MINISTRY);
        Element accepted = province.sendDocument(packet);
        String packetId = text(accepted, "packetId");

        Element copy = forwarded(packetId);
        assertThat(directText(copy, "viaPeer")).isEqualTo(VXP_PEER);
        String nationalId = directText(copy, "forwardedAs");
        Element fetched = national.getDocument(HOME_AFFAIRS_MINISTRY, nationalId);
        assertThat(text(fetched, "sha256")).as("byte for byte over VXP").isEqualTo(Packets.sha256(packet));
        national.confirmReceived(HOME_AFFAIRS_MINISTRY, nationalId, Packets.sha256(packet));
        national.sendStatus(ministryStatus(text(accepted, "documentId")));

        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> "03"
                        .equals(directText(
                                province.recipientTrace(PROVINCE, packetId, HOME_AFFAIRS_MINISTRY), "progress")));
    }

    @Test
    void whileTheNationalAxisCannotBeReachedTheCopyIsRetriedThePollsBackOffAndTheCopyArrivesOnce() {
        String routes = operator.get("directory/peer-routes").body();
        assertThat(routes).contains(VXP_PEER);
        byte[] packet = Packets.signedByProvinceTo(HOME_AFFAIRS_MINISTRY);
        String packetId;
        try {
            // nothing listens on port 9 of the loopback: the national axis is down as far as the province can tell
            assertThat(operator.put("directory/peer-routes", routes.replace("localhost:15880", "127.0.0.1:9"))
                            .status())
                    .isEqualTo(200);
            packetId = text(province.sendDocument(packet), "packetId");
            await().atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(100))
                    .until(() ->
                            // the copy's push trace: why its last try failed
                            text(province.recipientTrace(PROVINCE, packetId, HOME_AFFAIRS_MINISTRY), "lastError")
                                    != null);
            await().atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> operator.get("peer-polls").body().matches("(?s).*\"failures\":[1-9].*"));
        } finally {
            operator.put("directory/peer-routes", routes);
        }

        Element copy = forwarded(packetId);
        assertThat(Integer.parseInt(text(copy, "attempts"))).isGreaterThan(1);
        long atTheNationalAxis = national.getPendingDocuments(HOME_AFFAIRS_MINISTRY).stream()
                .filter(p -> Packets.sha256(packet).equals(text(p, "sha256")))
                .count();
        assertThat(atTheNationalAxis).as("delivered once").isEqualTo(1);
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> operator.get("audit?subject=" + VXP_PEER).body().contains("PEER_POLL_RECOVERED"));
        assertThat(operator.get("audit?subject=" + VXP_PEER).body()).contains("PEER_POLL_FAILED");
    }

    private Element forwarded(String packetId) {
        return await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(
                        () -> province.recipientTrace(PROVINCE, packetId, HOME_AFFAIRS_MINISTRY),
                        trace -> directText(trace, "forwardedAs") != null);
    }

    private static byte[] ministryStatus(String documentId) {
        return StatusPackets.sealedStatus(
                "peer/offices/" + HOME_AFFAIRS_MINISTRY + ".p12",
                HOME_AFFAIRS_MINISTRY,
                PROVINCE,
                documentId,
                "03",
                null);
    }
}
