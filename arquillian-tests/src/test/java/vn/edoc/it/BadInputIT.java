package vn.edoc.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every bad packet gets a coded fault in both languages, and not one row is written. */
@ExtendWith(ArquillianExtension.class)
class BadInputIT {
    private static final String LEADER = "leaders/nguyen-van-mau.p12";
    private static final String SEAL = "offices/000.00.00.H21.p12";

    private final AxisCalls axis = new AxisCalls(System.getProperty("edoc.it.base-url", "http://localhost:8080"));

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return EdocDeployment.ear();
    }

    @Test
    void aPacketThatIsNotXml() {
        assertRefused(Packets.fresh("not-xml.edxml"), "PACKET_NOT_WELL_FORMED");
    }

    @Test
    void aPacketThatIsNotWellFormedNamesLineAndColumn() {
        SoapFault fault = assertRefused(Packets.fresh("not-well-formed.edxml"), "PACKET_NOT_WELL_FORMED");
        assertThat(fault.messageEn).containsPattern("line \\d+, column \\d+");
        assertThat(fault.messageVi).containsPattern("dòng \\d+, cột \\d+");
    }

    @Test
    void aPacketWithoutFrom() {
        SoapFault fault = assertRefused(Packets.fresh("missing-from.edxml"), "FIELD_REQUIRED");
        assertThat(fault.path).isEqualTo("/edXML/edXMLEnvelope/edXMLHeader/MessageHeader/From");
        assertThat(fault.problems).extracting(SoapFault.Listed::code).containsExactly("FIELD_REQUIRED");
    }

    @Test
    void aPacketWithoutTo() {
        SoapFault fault = assertRefused(Packets.fresh("missing-to.edxml"), "FIELD_REQUIRED");
        assertThat(fault.path).isEqualTo("/edXML/edXMLEnvelope/edXMLHeader/MessageHeader/To");
    }

    @Test
    void aPacketToAnUnknownRecipient() {
        SoapFault fault = assertRefused(Packets.fresh("unknown-recipient.edxml"), "RECIPIENT_UNKNOWN");
        assertThat(fault.messageVi).contains("000.00.99.H21");
    }

    @Test
    void aPacketInAnotherNamespace() {
        assertRefused(Packets.fresh("wrong-namespace.edxml"), "PACKET_WRONG_NAMESPACE");
    }

    @Test
    void aPacketWithAnExternalEntity() {
        SoapFault fault = assertRefused(Packets.fresh("xxe-external-entity.edxml"), "PACKET_DTD_FORBIDDEN");
        assertThat(fault.messageEn).doesNotContain("root:");
    }

    @Test
    void aPacketWithSeveralDefectsListsEveryOne() {
        String packet = new String(Packets.fresh("province-to-department-and-city.edxml"), StandardCharsets.UTF_8)
                .replace("<edXML:PromulgationDate>2026/11/27<", "<edXML:PromulgationDate>2026/02/30<")
                .replace("<edXML:OrganId>000.00.41.H21<", "<edXML:OrganId>000.00.41.H21 Pleiku<")
                .replace("UXV54bq/dCDEkeG7i25oIHPhu5EgMTIzL1HEkC1VQk5ECg==", "không phải base64");

        SoapFault fault = assertRefused(packet.getBytes(StandardCharsets.UTF_8), "PACKET_INVALID");

        assertThat(fault.problems)
                .extracting(SoapFault.Listed::code)
                .containsExactly("ORGAN_ID_INVALID", "DATE_INVALID", "ATTACHMENT_NOT_BASE64");
        assertThat(fault.problems.get(0).path())
                .isEqualTo("/edXML/edXMLEnvelope/edXMLHeader/MessageHeader/To[2]/OrganId");
        assertThat(fault.problems).allSatisfy(p -> assertThat(p.line()).isNotBlank());
        assertThat(fault.problems.get(1).messageVi()).contains("2026/02/30");
    }

    @Test
    void aStatusPacketIsNotADocument() {
        assertRefused(Packets.fresh("status-registered.edxml"), "PACKET_KIND_NOT_ACCEPTED");
    }

    @Test
    void anEmptyPacket() {
        assertRefused(new byte[0], "PACKET_EMPTY");
    }

    @Test
    void anotherPacketUnderADocumentIdAlreadyUsed() {
        byte[] unsigned = Packets.fresh("province-to-department-and-city.edxml");
        axis.sendDocument(Packets.sign(unsigned, LEADER, SEAL));
        byte[] other = new String(unsigned, StandardCharsets.UTF_8)
                .replace("triển khai", "điều chỉnh")
                .getBytes(StandardCharsets.UTF_8);

        assertRefused(Packets.sign(other, LEADER, SEAL), "DOCUMENT_ID_REUSED");
    }

    @Test
    void anUnknownOfficeAskingForItsPendingDocuments() {
        assertThatThrownBy(() -> axis.getPendingDocuments("000.00.99.H21"))
                .isInstanceOfSatisfying(SoapFault.class, f -> assertThat(f.code).isEqualTo("OFFICE_UNKNOWN"));
    }

    private SoapFault assertRefused(byte[] packet, String code) {
        SoapFault fault = refused(axis, packet);
        assertThat(fault.code).isEqualTo(code);
        return fault;
    }

    /** Sends {@code packet}, expects a fault with messages in both languages, and that nothing was stored. */
    static SoapFault refused(AxisCalls axis, byte[] packet) {
        Map<String, Long> before = Rows.ofExchange();
        SoapFault fault = null;
        try {
            axis.sendDocument(packet);
        } catch (SoapFault refused) {
            fault = refused;
        }
        assertThat(fault).as("a fault").isNotNull();
        assertThat(fault.messageVi).isNotBlank().isNotEqualTo(fault.messageEn);
        assertThat(fault.messageEn).isNotBlank();
        assertThat(Rows.ofExchange()).as("nothing stored").isEqualTo(before);
        return fault;
    }
}
