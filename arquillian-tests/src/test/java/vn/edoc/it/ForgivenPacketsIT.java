package vn.edoc.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Element;

/**
 * A packet as other vendors' hubs really write it (a date in dd/MM/yyyy, an empty signer's name, a time in ISO 8601):
 * the axis accepts it, delivers it byte for byte and says what it forgave, in the acceptance and in the traces; a
 * system set strict is refused for the same packet with the codes, and nothing of it is stored.
 */
@ExtendWith(ArquillianExtension.class)
class ForgivenPacketsIT {
    private static final String BASE_URL = System.getProperty("edoc.it.base-url", "http://localhost:8080");
    private static final String HEADER = "/edXML/edXMLEnvelope/edXMLHeader/MessageHeader";

    // UBND xã Ia Khươl (Chư Păh): no other test sends to it
    private static final String OFFICE = "000.04.46.H21";

    private final AxisCalls axis = new AxisCalls(BASE_URL);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return EdocDeployment.ear();
    }

    @Test
    void aSloppyPacketIsAcceptedWithItsWarningsInTheAnswerAndTheTraces() {
        byte[] packet = sloppy();
        Map<String, Long> before = Rows.ofExchange();

        Element accepted = axis.sendDocument(packet);

        String packetId = AxisCalls.text(accepted, "packetId");
        List<Element> warnings = AxisCalls.children(accepted, "warning");
        assertThat(warnings)
                .extracting(w -> AxisCalls.text(w, "code"))
                .containsExactly("DATE_INVALID", "FIELD_REQUIRED", "TIMESTAMP_INVALID");
        assertThat(warnings).extracting(w -> AxisCalls.text(w, "severity")).containsOnly("WARNING");
        assertThat(warnings)
                .extracting(w -> AxisCalls.text(w, "path"))
                .startsWith(HEADER + "/PromulgationInfo/PromulgationDate", HEADER + "/SignerInfo/FullName");
        assertThat(AxisCalls.text(warnings.get(0), "readAs")).isEqualTo("2026/11/27");
        assertThat(AxisCalls.text(warnings.get(0), "message")).contains("27/11/2026");
        assertThat(AxisCalls.text(warnings.get(1), "readAs"))
                .as("an empty name is read as absent")
                .isNull();
        assertThat(Rows.ofExchange().get("packet_warning") - before.get("packet_warning"))
                .isEqualTo(3);

        List<Element> traced = AxisCalls.children(axis.getTraces(Packets.PROVINCE, packetId), "warning");
        assertThat(traced)
                .extracting(w -> AxisCalls.text(w, "code"))
                .containsExactly("DATE_INVALID", "FIELD_REQUIRED", "TIMESTAMP_INVALID");
        assertThat(AxisCalls.children(axis.getTraces(OFFICE, packetId), "warning"))
                .as("the recipient sees what was forgiven too")
                .hasSize(3);

        Element fetched = axis.getDocument(OFFICE, packetId);
        assertThat(java.util.Base64.getMimeDecoder().decode(AxisCalls.text(fetched, "packet")))
                .as("delivered byte for byte")
                .isEqualTo(packet);
    }

    @Test
    void sendingTheSameSloppyPacketAgainAnswersTheSameWarnings() {
        byte[] packet = sloppy();
        String first = AxisCalls.text(axis.sendDocument(packet), "packetId");

        Element again = axis.sendDocument(packet);

        assertThat(AxisCalls.text(again, "packetId")).isEqualTo(first);
        assertThat(AxisCalls.children(again, "warning")).hasSize(3);
    }

    @Test
    void aStrictSystemIsRefusedWithTheCodesAndNothingIsStored() {
        String secret = TestSystems.registerStrict(BASE_URL, "it-strict-dms", "\"" + Packets.PROVINCE + "\"");
        AxisCalls strict = new AxisCalls(BASE_URL, "it-strict-dms", secret);
        Map<String, Long> before = Rows.ofExchange();

        assertThatThrownBy(() -> strict.sendDocument(sloppy())).isInstanceOfSatisfying(SoapFault.class, fault -> {
            assertThat(fault.code).isEqualTo("PACKET_INVALID");
            assertThat(fault.problems)
                    .extracting(SoapFault.Listed::code)
                    .containsExactly("DATE_INVALID", "FIELD_REQUIRED", "TIMESTAMP_INVALID");
        });
        assertThat(Rows.ofExchange()).as("nothing stored").isEqualTo(before);

        Element clean = strict.sendDocument(Packets.signedByProvinceTo(OFFICE));
        assertThat(AxisCalls.text(clean, "packetId"))
                .as("a packet that keeps the standard passes")
                .isNotNull();
        assertThat(AxisCalls.children(clean, "warning")).isEmpty();
    }

    @Test
    void aDmsOnTheNationalSdkFindsTheWarningsInTheSendEdocReply() {
        String secret = TestSystems.registerVxp(BASE_URL, "it-vxp-forgiven", "\"" + Packets.PROVINCE + "\"");
        VxpClient dms = new VxpClient(BASE_URL, "it-vxp-forgiven", secret);

        VxpClient.Reply reply = dms.sendEdoc(sloppy(), Map.of("servicetype", "eDoc", "messagetype", "edoc"));

        assertThat(reply.text("ErrorCode")).isEqualTo("0");
        assertThat(reply.json().get("warnings"))
                .extracting(w -> w.get("code").asText())
                .containsExactly("DATE_INVALID", "FIELD_REQUIRED", "TIMESTAMP_INVALID");
        assertThat(reply.json().get("warnings").get(0).get("readAs").asText()).isEqualTo("2026/11/27");
        assertThat(dms.sendEdoc(
                                Packets.signedByProvinceTo(OFFICE),
                                Map.of("servicetype", "eDoc", "messagetype", "edoc"))
                        .json()
                        .get("warnings"))
                .as("none for a packet that keeps the standard")
                .isEmpty();
    }

    @Test
    void aStatusWithItsTimeInIso8601IsAcceptedWithTheWarningRecorded() {
        // UBND huyện Chư Păh answers: its sample seal signs the status
        String recipient = "000.00.46.H21";
        Element document = axis.sendDocument(Packets.signedByProvinceTo(recipient));
        String documentId = AxisCalls.text(document, "documentId");
        String written = new String(
                        StatusPackets.unsigned(recipient, Packets.PROVINCE, documentId, "01", null),
                        java.nio.charset.StandardCharsets.UTF_8)
                .replaceFirst(
                        "<edXML:Timestamp>(\\d{4})/(\\d\\d)/(\\d\\d) ([0-9:]{8})</edXML:Timestamp>",
                        "<edXML:Timestamp>$1-$2-$3T$4+07:00</edXML:Timestamp>");
        assertThat(written).containsPattern("<edXML:Timestamp>\\d{4}-\\d\\d-\\d\\dT");
        Map<String, Long> before = Rows.ofExchange();

        Element accepted = axis.sendStatus(Packets.seal(
                written.getBytes(java.nio.charset.StandardCharsets.UTF_8), "offices/" + recipient + ".p12"));

        List<Element> warnings = AxisCalls.children(accepted, "warning");
        assertThat(warnings).extracting(w -> AxisCalls.text(w, "code")).containsExactly("TIMESTAMP_INVALID");
        assertThat(AxisCalls.text(warnings.get(0), "readAs")).matches("\\d{4}/\\d\\d/\\d\\d \\d\\d:\\d\\d:\\d\\d");
        assertThat(Rows.ofExchange().get("packet_warning") - before.get("packet_warning"))
                .as("recorded with the status packet")
                .isEqualTo(1);
    }

    /** A fresh packet to {@link #OFFICE}, signed by the province, written as other vendors' hubs write it. */
    private static byte[] sloppy() {
        String text = Packets.freshTo(OFFICE)
                .replace("<edXML:PromulgationDate>2026/11/27<", "<edXML:PromulgationDate>27/11/2026<")
                .replaceFirst("<edXML:FullName>[^<]*</edXML:FullName>", "<edXML:FullName></edXML:FullName>")
                .replace(
                        "<edXML:TraceHeaderList>",
                        "<edXML:TraceHeaderList><edXML:TraceHeader><edXML:OrganId>000.00.00.H21</edXML:OrganId>"
                                + "<edXML:Timestamp>2026-11-27T08:30:00</edXML:Timestamp></edXML:TraceHeader>");
        assertThat(text)
                .contains("27/11/2026", "<edXML:FullName></edXML:FullName>")
                .containsPattern("T\\d\\d:");
        return Packets.signedByProvince(text);
    }
}
