package vn.edoc.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.edoc.it.AxisCalls.children;
import static vn.edoc.it.AxisCalls.text;
import static vn.edoc.it.Packets.HOME_AFFAIRS;
import static vn.edoc.it.Packets.PLEIKU;
import static vn.edoc.it.Packets.PROVINCE;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Element;

/** The first document across the axis: the province sends to a department and a city, which pull and confirm. */
@ExtendWith(ArquillianExtension.class)
class DocumentFlowIT {
    private static final String BASE_URL = System.getProperty("edoc.it.base-url", "http://localhost:8080");

    private final AxisCalls axis = new AxisCalls(BASE_URL);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return EdocDeployment.ear();
    }

    @Test
    void aRecipientPullsAndConfirmsWhileTheSenderWatchesEachRecipient() {
        byte[] packet = Packets.signed("province-to-department-and-city.edxml");

        Element acceptance = axis.sendDocument(packet);
        String packetId = text(acceptance, "packetId");
        assertThat(text(acceptance, "senderId")).isEqualTo(PROVINCE);
        assertThat(text(acceptance, "sha256")).isEqualTo(Packets.sha256(packet));
        assertThat(children(acceptance, "recipient"))
                .extracting(r -> text(r, "organId"))
                .containsExactly(HOME_AFFAIRS, PLEIKU);

        assertThat(pendingIds(HOME_AFFAIRS)).contains(packetId);
        Element delivered = axis.getDocument(HOME_AFFAIRS, packetId);
        byte[] received = Base64.getMimeDecoder().decode(text(delivered, "packet"));
        assertThat(Packets.sha256(received)).as("byte for byte").isEqualTo(Packets.sha256(packet));
        assertThat(received).isEqualTo(packet);

        Element confirmed = axis.confirmReceived(HOME_AFFAIRS, packetId, Packets.sha256(received));
        assertThat(text(confirmed, "state")).isEqualTo("CONFIRMED");

        Map<String, String> states = recipientStates(axis.getTraces(PROVINCE, packetId));
        assertThat(states).containsExactly(Map.entry(HOME_AFFAIRS, "CONFIRMED"), Map.entry(PLEIKU, "WAITING"));
        assertThat(pendingIds(HOME_AFFAIRS)).doesNotContain(packetId);
        assertThat(pendingIds(PLEIKU)).contains(packetId);
    }

    @Test
    void anAcceptedPacketIsStoredOnceInTheServersDatabase() {
        Map<String, Long> before = Rows.ofExchange();

        axis.sendDocument(Packets.signed("province-to-department-and-city.edxml"));

        // the counted database is the server's: one packet, its bytes, two deliveries, two WAITING events
        assertThat(Rows.ofExchange())
                .containsEntry("packet", before.get("packet") + 1)
                .containsEntry("packet_chunk", before.get("packet_chunk") + 1)
                .containsEntry("delivery", before.get("delivery") + 2)
                .containsEntry("delivery_event", before.get("delivery_event") + 2);
    }

    @Test
    void theTraceRecordsEveryStateOfARecipientInOrder() {
        String packetId = text(axis.sendDocument(Packets.signed("province-to-department-and-city.edxml")), "packetId");
        axis.getDocument(PLEIKU, packetId);
        axis.getDocument(PLEIKU, packetId);
        axis.confirmReceived(PLEIKU, packetId, text(axis.getDocument(PLEIKU, packetId), "sha256"));

        Element trace = axis.getTraces(PLEIKU, packetId);

        assertThat(children(trace, "recipient"))
                .as("a recipient sees only itself")
                .singleElement();
        assertThat(children(trace, "event"))
                .extracting(e -> text(e, "state"))
                .containsExactly("WAITING", "FETCHED", "CONFIRMED");
    }

    @Test
    void sendingTheSameBytesAgainAnswersTheFirstAcceptanceAndStoresNothing() {
        byte[] packet = Packets.signed("province-to-department-and-city.edxml");
        String first = text(axis.sendDocument(packet), "packetId");
        Map<String, Long> before = Rows.ofExchange();

        String again = text(axis.sendDocument(packet), "packetId");

        assertThat(again).isEqualTo(first);
        assertThat(Rows.ofExchange()).isEqualTo(before);
    }

    @Test
    void onlyTheSenderAndTheRecipientsSeeAPacket() {
        String packetId = text(axis.sendDocument(Packets.signed("province-to-department-and-city.edxml")), "packetId");

        assertThat(text(axis.getDocument(PROVINCE, packetId), "packetId")).isEqualTo(packetId);
        assertThatThrownBy(() -> axis.getDocument(Packets.AN_KHE, packetId))
                .isInstanceOfSatisfying(SoapFault.class, f -> assertThat(f.code).isEqualTo("PACKET_NOT_FOUND"));
        assertThatThrownBy(() -> axis.confirmReceived(PROVINCE, packetId, Packets.sha256(new byte[0])))
                .as("the sender is no recipient")
                .isInstanceOfSatisfying(SoapFault.class, f -> assertThat(f.code).isEqualTo("PACKET_NOT_FOUND"));
    }

    @Test
    void anUnknownPacketIdIsACodedFaultAndChangesNothing() {
        Map<String, Long> before = Rows.ofExchange();
        String unknown = UUID.randomUUID().toString();

        assertThatThrownBy(() -> axis.getDocument(HOME_AFFAIRS, unknown)).isInstanceOfSatisfying(SoapFault.class, f -> {
            assertThat(f.code).isEqualTo("PACKET_NOT_FOUND");
            assertThat(f.messageVi).contains(unknown);
            assertThat(f.path).isEqualTo("packetId");
        });
        assertThatThrownBy(() -> axis.confirmReceived(HOME_AFFAIRS, unknown, Packets.sha256(new byte[0])))
                .isInstanceOfSatisfying(SoapFault.class, f -> assertThat(f.code).isEqualTo("PACKET_NOT_FOUND"));
        assertThat(Rows.ofExchange()).isEqualTo(before);
    }

    @Test
    void theServerPublishesTheAuthoredWsdlAndReportsItsDatabaseReady() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String wsdl = http.send(
                        HttpRequest.newBuilder(URI.create(BASE_URL + "/edoc-ws/AxisService?wsdl"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        HttpResponse<String> ready = http.send(
                HttpRequest.newBuilder(URI.create(BASE_URL + "/health/ready")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(wsdl).contains("This file is the contract").contains("urn:vn:edoc:axis:v1:confirmReceived");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("\"name\":\"database\"").contains("\"status\":\"UP\"");
        String product = "h2".equals(System.getProperty("edoc.it.database")) ? "H2" : "MySQL";
        assertThat(ready.body()).as("the database this run is meant for").contains("\"product\":\"" + product);
    }

    private List<String> pendingIds(String organId) {
        return axis.getPendingDocuments(organId).stream()
                .map(p -> text(p, "packetId"))
                .toList();
    }

    private static Map<String, String> recipientStates(Element traces) {
        Map<String, String> states = new java.util.LinkedHashMap<>();
        for (Element recipient : children(traces, "recipient")) {
            states.put(text(recipient, "organId"), text(recipient, "state"));
        }
        return states;
    }
}
