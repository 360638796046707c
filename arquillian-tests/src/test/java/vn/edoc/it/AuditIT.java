package vn.edoc.it;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edoc.it.AxisCalls.text;
import static vn.edoc.it.Packets.HOME_AFFAIRS;
import static vn.edoc.it.Packets.PROVINCE;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The audit log: each action appended with its hash chained, and the check that finds an edited row. */
@ExtendWith(ArquillianExtension.class)
class AuditIT {
    private static final String BASE_URL = System.getProperty("edoc.it.base-url", "http://localhost:8080");

    private final AxisCalls axis = new AxisCalls(BASE_URL);
    private final OperatorApi operator = new OperatorApi(BASE_URL);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return EdocDeployment.ear();
    }

    @Test
    void everyActionOnAPacketIsInTheLog() {
        byte[] packet = Packets.signed("province-to-department-and-city.edxml");
        String packetId = text(axis.sendDocument(packet), "packetId");
        axis.getDocument(HOME_AFFAIRS, packetId);
        axis.confirmReceived(HOME_AFFAIRS, packetId, Packets.sha256(packet));

        String log = operator.get("audit?subject=" + packetId).body();

        assertThat(log)
                .contains("\"action\":\"PACKET_ACCEPTED\"", "\"actor\":\"" + PROVINCE + "\"")
                .contains("\"action\":\"PACKET_FETCHED\"", "\"action\":\"DELIVERY_CONFIRMED\"")
                .contains("\"actor\":\"" + HOME_AFFAIRS + "\"");
        assertThat(operator.get("audit/verify").body()).contains("\"valid\":true");
    }

    @Test
    void theCheckFindsAnEditedRowAndTheChainHoldsOnceItIsRestored() {
        String packetId = text(axis.sendDocument(Packets.signed("province-to-department-and-city.edxml")), "packetId");
        String detail = "the entry of " + packetId;
        long seq = seqOf(packetId);

        int edited = Rows.update("UPDATE audit_entry SET actor = ? WHERE seq = ?", "000.00.99.H21", seq);
        String broken = operator.get("audit/verify").body();
        Rows.update("UPDATE audit_entry SET actor = ? WHERE seq = ?", PROVINCE, seq);

        assertThat(edited).as(detail).isEqualTo(1);
        assertThat(broken).contains("\"valid\":false", "\"firstBrokenSeq\":" + seq, "the entry was changed");
        assertThat(operator.get("audit/verify").body()).contains("\"valid\":true");
    }

    private long seqOf(String packetId) {
        String log = operator.get("audit?subject=" + packetId).body();
        java.util.regex.Matcher seq =
                java.util.regex.Pattern.compile("\"seq\":(\\d+)").matcher(log);
        assertThat(seq.find()).as(log).isTrue();
        return Long.parseLong(seq.group(1));
    }
}
