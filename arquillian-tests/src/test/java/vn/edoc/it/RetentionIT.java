package vn.edoc.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.edoc.it.AxisCalls.children;
import static vn.edoc.it.AxisCalls.text;
import static vn.edoc.it.Packets.HOME_AFFAIRS;
import static vn.edoc.it.Packets.PLEIKU;
import static vn.edoc.it.Packets.PROVINCE;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Retention: a packet's bytes go; its trace, receipts, DocumentId and the audit chain stay. */
@ExtendWith(ArquillianExtension.class)
class RetentionIT {
    private static final String BASE_URL = System.getProperty("edoc.it.base-url", "http://localhost:8080");

    private final AxisCalls axis = new AxisCalls(BASE_URL);
    private final OperatorApi operator = new OperatorApi(BASE_URL);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return EdocDeployment.ear();
    }

    /** The test domain keeps packets this many days ({@code edoc.retention.days}, bin/edoc test-domain). */
    private static final int RETENTION_DAYS = 30;

    @Test
    void aPurgedPacketKeepsItsTraceReceiptsAndKey() {
        byte[] packet = Packets.signed("province-to-department-and-city.edxml");
        String packetId = text(axis.sendDocument(packet), "packetId");
        axis.confirmReceived(HOME_AFFAIRS, packetId, Packets.sha256(packet));
        axis.confirmReceived(PLEIKU, packetId, Packets.sha256(packet));
        acceptedDaysAgo(packetId, RETENTION_DAYS + 10);

        purgeOlderThanThePeriod();

        assertThatThrownBy(() -> axis.getDocument(PROVINCE, packetId))
                .isInstanceOfSatisfying(SoapFault.class, f -> assertThat(f.code).isEqualTo("PACKET_PURGED"));
        assertThat(children(axis.getTraces(PROVINCE, packetId), "recipient")).hasSize(2);
        assertThat(axis.getReceipts(PROVINCE, packetId))
                .as("the acceptance's and each recipient's")
                .hasSize(3);
        assertThat(text(axis.sendDocument(packet), "packetId"))
                .as("the same bytes again: the first acceptance, even purged")
                .isEqualTo(packetId);
        assertThat(operator.get("audit/verify").body()).contains("\"valid\":true");
    }

    /**
     * A packet a recipient has not taken yet keeps its bytes whatever its age, a packet younger than the period keeps
     * them, and a purge naming a later time than the period allows (a wrong date, or a forged request) is refused.
     */
    @Test
    void anUnfinishedOrYoungPacketKeepsItsBytesAndAPurgeCannotReachInsideThePeriod() {
        byte[] unfinished = Packets.signed("province-to-department-and-city.edxml");
        String unfinishedId = text(axis.sendDocument(unfinished), "packetId");
        axis.confirmReceived(HOME_AFFAIRS, unfinishedId, Packets.sha256(unfinished));
        acceptedDaysAgo(unfinishedId, RETENTION_DAYS + 10);
        byte[] young = Packets.signed("province-to-department-and-city.edxml");
        String youngId = text(axis.sendDocument(young), "packetId");
        axis.confirmReceived(HOME_AFFAIRS, youngId, Packets.sha256(young));
        axis.confirmReceived(PLEIKU, youngId, Packets.sha256(young));

        purgeOlderThanThePeriod();
        OperatorApi.Answer tooRecent =
                operator.post("retention/purge?before=" + Instant.now().plusSeconds(3600), "");

        assertThat(tooRecent.status()).isEqualTo(400);
        assertThat(tooRecent.body()).contains("\"code\":\"PURGE_BEFORE_RETENTION\"");
        assertThat(Packets.sha256(packetOf(axis.getDocument(PLEIKU, unfinishedId))))
                .isEqualTo(Packets.sha256(unfinished));
        assertThat(Packets.sha256(packetOf(axis.getDocument(PROVINCE, youngId))))
                .isEqualTo(Packets.sha256(young));
    }

    private static byte[] packetOf(org.w3c.dom.Element fetched) {
        return java.util.Base64.getMimeDecoder().decode(text(fetched, "packet"));
    }

    private static void acceptedDaysAgo(String packetId, int days) {
        int changed = Rows.update(
                "UPDATE packet SET accepted_at = ? WHERE packet_id = ?",
                LocalDateTime.now(ZoneOffset.UTC).minusDays(days),
                packetId);
        assertThat(changed).isEqualTo(1);
    }

    private void purgeOlderThanThePeriod() {
        String before = Instant.now().minus(Duration.ofDays(RETENTION_DAYS + 1)).toString();
        int purged;
        do {
            OperatorApi.Answer answer = operator.post("retention/purge?before=" + before, "");
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            purged = Integer.parseInt(answer.body().replaceAll("\\D", ""));
        } while (purged == 500);
    }
}
