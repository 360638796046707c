package vn.edoc.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.edoc.it.AxisCalls.children;
import static vn.edoc.it.AxisCalls.text;
import static vn.edoc.it.Packets.PROVINCE;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Element;

/** The pending list in pages with a cursor, and the trace of one recipient asked by name. */
@ExtendWith(ArquillianExtension.class)
class PendingPagesIT {
    private static final String BASE_URL = System.getProperty("edoc.it.base-url", "http://localhost:8080");
    // UBND xã Ia Lang (Đức Cơ): no other test sends to it
    private static final String OFFICE = "000.07.50.H21";

    private final AxisCalls axis = new AxisCalls(BASE_URL);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return EdocDeployment.ear();
    }

    @Test
    void walksThePendingListPageByPageWithoutRepeatingACopy() {
        List<String> sent = IntStream.range(0, 5)
                .mapToObj(i -> text(axis.sendDocument(Packets.signedByProvinceTo(OFFICE)), "packetId"))
                .toList();

        AxisCalls.Page first = axis.getPendingPage(OFFICE, 2, null);
        AxisCalls.Page second = axis.getPendingPage(OFFICE, 2, first.nextCursor());
        AxisCalls.Page third = axis.getPendingPage(OFFICE, 2, second.nextCursor());

        assertThat(first.packetIds()).hasSize(2);
        assertThat(first.nextCursor()).isNotBlank();
        assertThat(second.packetIds()).hasSize(2).doesNotContainAnyElementsOf(first.packetIds());
        assertThat(third.packetIds()).hasSize(1);
        assertThat(third.nextCursor()).as("the last page").isNull();
        List<String> walked = new ArrayList<>(first.packetIds());
        walked.addAll(second.packetIds());
        walked.addAll(third.packetIds());
        assertThat(walked).as("oldest first, each once").containsExactlyElementsOf(sent);
        assertThat(axis.getPendingPage(OFFICE, 2, null).packetIds())
                .as("a new walk starts again at the oldest copy not confirmed")
                .isEqualTo(first.packetIds());

        for (String packetId : sent) {
            axis.confirmReceived(OFFICE, packetId, text(axis.getDocument(OFFICE, packetId), "sha256"));
        }
        AxisCalls.Page empty = axis.getPendingPage(OFFICE, 2, null);
        assertThat(empty.packetIds()).isEmpty();
        assertThat(empty.nextCursor()).isNull();
    }

    @Test
    void refusesACursorTheAxisDidNotGive() {
        assertThatThrownBy(() -> axis.getPendingPage(OFFICE, 2, "not-ours"))
                .isInstanceOfSatisfying(SoapFault.class, f -> {
                    assertThat(f.code).isEqualTo("REQUEST_INVALID");
                    assertThat(f.path).isEqualTo("cursor");
                    assertThat(f.faultCode).endsWith(":Client.REQUEST_INVALID");
                });
    }

    @Test
    void givesTheTraceOfOneRecipientAskedByName() {
        String packetId = text(axis.sendDocument(Packets.signed("province-to-department-and-city.edxml")), "packetId");

        Element traces = axis.getTraceOf(PROVINCE, packetId, Packets.PLEIKU);

        List<Element> recipients = children(traces, "recipient");
        assertThat(recipients).hasSize(1);
        assertThat(text(recipients.get(0), "organId")).isEqualTo(Packets.PLEIKU);
        assertThat(children(axis.getTraces(PROVINCE, packetId), "recipient")).hasSize(2);
        assertThatThrownBy(() -> axis.getTraceOf(PROVINCE, packetId, Packets.AN_KHE))
                .isInstanceOfSatisfying(SoapFault.class, f -> {
                    assertThat(f.code).isEqualTo("REQUEST_INVALID");
                    assertThat(f.path).isEqualTo("recipientId");
                });
    }
}
