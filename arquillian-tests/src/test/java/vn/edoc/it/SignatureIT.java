package vn.edoc.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The axis verifies both signatures of every packet against its trust folder (the sample PKI's, set by the test
 * domain): what fails a step is refused with that step's code and nothing is stored; what passes is recorded.
 */
@ExtendWith(ArquillianExtension.class)
class SignatureIT {
    private static final String FIXTURE = "province-to-department-and-city.edxml";
    private static final String LEADER = "leaders/nguyen-van-mau.p12";
    private static final String HEADER = "/edXML/edXMLEnvelope/edXMLHeader";

    private final AxisCalls axis = new AxisCalls(System.getProperty("edoc.it.base-url", "http://localhost:8080"));

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return EdocDeployment.ear();
    }

    @Test
    void aPacketSignedByLeaderAndAgencyIsAcceptedWithItsVerificationRecorded() {
        Map<String, Long> before = Rows.ofExchange();

        axis.sendDocument(Packets.signed(FIXTURE));

        Map<String, Long> after = Rows.ofExchange();
        // the two readable-and-placed steps, and nine steps for each of the two signatures (the last, CONTENT_IN_PDF,
        // recorded as not applicable: this leader's signature covers the whole packet)
        assertThat(after.get("packet_verification") - before.get("packet_verification"))
                .isEqualTo(20);
        assertThat(after.get("packet") - before.get("packet")).isEqualTo(1);
    }

    @Test
    void anUnsignedPacketIsRefused() {
        SoapFault fault = BadInputIT.refused(axis, Packets.fresh(FIXTURE));

        assertThat(fault.code).isEqualTo("SIGNATURE_MISSING");
        assertThat(fault.path).isEqualTo(HEADER + "/Signature[@Id='edoc-signer-signature']");
    }

    @Test
    void aPacketChangedAfterSigningIsRefused() {
        byte[] changed = new String(Packets.signed(FIXTURE), StandardCharsets.UTF_8)
                .replace("triển khai", "tạm dừng")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(BadInputIT.refused(axis, changed).code).isEqualTo("SIGNATURE_VALUE_INVALID");
    }

    @Test
    void anotherOfficesSealIsRefused() {
        byte[] packet = Packets.sign(Packets.fresh(FIXTURE), LEADER, "offices/000.00.02.H21.p12");

        SoapFault fault = BadInputIT.refused(axis, packet);

        assertThat(fault.code).isEqualTo("SIGNER_NOT_SENDER");
        assertThat(fault.path).isEqualTo(HEADER + "/Signature[@Id='edoc-agency-signature']");
        assertThat(fault.messageVi).contains("000.00.00.H21");
    }

    @Test
    void aRevokedSealIsRefused() {
        byte[] packet = Packets.sign(Packets.fresh(FIXTURE), LEADER, "bad/revoked.p12");

        assertThat(BadInputIT.refused(axis, packet).code).isEqualTo("CERTIFICATE_REVOKED");
    }

    @Test
    void eachBadSealIsRefusedWithItsOwnCode() {
        Map<String, String> expected = Map.of(
                "expired", "CERTIFICATE_EXPIRED",
                "not-yet-valid", "CERTIFICATE_NOT_YET_VALID",
                "unknown-ca", "CERTIFICATE_UNTRUSTED",
                "wrong-key-usage", "CERTIFICATE_KEY_USAGE",
                "rsa-1024", "SIGNATURE_KEY_TOO_SHORT",
                "sha1", "SIGNATURE_ALGORITHM_FORBIDDEN");

        expected.forEach((seal, code) -> {
            byte[] packet = Packets.sign(Packets.fresh(FIXTURE), LEADER, "bad/" + seal + ".p12");
            SoapFault fault = BadInputIT.refused(axis, packet);
            assertThat(fault.code).as(seal).isEqualTo(code);
            assertThat(fault.faultCode).as(seal).endsWith(":Client." + code);
            assertThat(fault.path).as(seal).isEqualTo(HEADER + "/Signature[@Id='edoc-agency-signature']");
        });
    }

    @Test
    void aSignatureTamperedWithInItsStructureIsRefusedWithItsCode() {
        String signed = new String(Packets.signed(FIXTURE), StandardCharsets.UTF_8);
        int start = signed.indexOf(
                "<ds:Signature xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\" Id=\"edoc-agency-signature\">");
        int end = signed.indexOf("</ds:Signature>", start) + "</ds:Signature>".length();
        String agency = signed.substring(start, end);
        String withoutAgency = signed.substring(0, start) + signed.substring(end);
        Map<String, String> tampered = new java.util.LinkedHashMap<>();
        tampered.put(
                "SIGNATURE_MISPLACED", withoutAgency.replace("</edXML:edXMLHeader>", "</edXML:edXMLHeader>" + agency));
        tampered.put(
                "SIGNATURE_MALFORMED",
                signed.replace(agency, agency.replaceAll("(?s)<ds:SignatureValue>.*?</ds:SignatureValue>", "")));
        tampered.put(
                "CERTIFICATE_MISSING",
                signed.replace(agency, agency.replaceAll("(?s)<ds:KeyInfo>.*?</ds:KeyInfo>", "")));
        tampered.put(
                "SIGNATURE_COVERAGE_WRONG",
                signed.replace(agency, agency.replace("<ds:Reference URI=\"\">", "<ds:Reference URI=\"#other\">")));

        tampered.forEach((code, packet) -> {
            SoapFault fault = BadInputIT.refused(axis, packet.getBytes(StandardCharsets.UTF_8));
            assertThat(fault.code).as(code).isEqualTo(code);
            assertThat(fault.faultCode).as(code).endsWith(":Client." + code);
        });
    }

    @Test
    void aLeaderWhoseNameIsNotTheSignersIsRefused() {
        String renamed = new String(Packets.fresh(FIXTURE), StandardCharsets.UTF_8)
                .replace("<edXML:FullName>Nguyễn Văn Mẫu", "<edXML:FullName>Trần Văn Khác");

        SoapFault fault = BadInputIT.refused(axis, Packets.signedByProvince(renamed));

        assertThat(fault.code).isEqualTo("SIGNER_NOT_NAMED");
        assertThat(fault.path).isEqualTo(HEADER + "/Signature[@Id='edoc-signer-signature']");
    }

    @Test
    void theSecondSealOfAnOfficeWorksDuringItsChangeOver() {
        byte[] packet = Packets.sign(Packets.fresh(FIXTURE), LEADER, "offices/000.00.00.H21.next.p12");

        assertThat(AxisCalls.text(axis.sendDocument(packet), "packetId")).isNotBlank();
    }
}
