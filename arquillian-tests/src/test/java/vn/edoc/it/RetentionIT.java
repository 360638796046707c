package vn.edoc.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.edoc.it.AxisCalls.children;
import static vn.edoc.it.AxisCalls.text;
import static vn.edoc.it.Packets.HOME_AFFAIRS;
import static vn.edoc.it.Packets.PROVINCE;

import java.time.OffsetDateTime;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Element;

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

    @Test
    void aPurgedPacketKeepsItsTraceReceiptsAndKey() {
        byte[] packet = Packets.signed("province-to-department-and-city.edxml");
        Element acceptance = axis.sendDocument(packet);
        String packetId = text(acceptance, "packetId");
        axis.confirmReceived(HOME_AFFAIRS, packetId, Packets.sha256(packet));
        String before = OffsetDateTime.parse(text(acceptance, "acceptedAt"))
                .plusSeconds(2) // whole seconds: drivers may drop the milliseconds of a bound date-time
                .toInstant()
                .toString();

        int purged;
        do {
            OperatorApi.Answer answer = operator.post("retention/purge?before=" + before, "");
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            purged = Integer.parseInt(answer.body().replaceAll("\\D", ""));
        } while (purged == 500);

        assertThatThrownBy(() -> axis.getDocument(PROVINCE, packetId))
                .isInstanceOfSatisfying(SoapFault.class, f -> assertThat(f.code).isEqualTo("PACKET_PURGED"));
        assertThat(children(axis.getTraces(PROVINCE, packetId), "recipient")).hasSize(2);
        assertThat(axis.getReceipts(PROVINCE, packetId)).hasSize(2);
        assertThat(text(axis.sendDocument(packet), "packetId"))
                .as("the same bytes again: the first acceptance, even purged")
                .isEqualTo(packetId);
        assertThat(operator.get("audit/verify").body()).contains("\"valid\":true");
    }
}
