package vn.edoc.it;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edoc.it.VxpIT.assertRefused;
import static vn.edoc.it.VxpIT.with;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bad input on the national protocol: each call is a {@code FAIL} with its code and a readable {@code ErrorDesc}, and
 * nothing is stored (the exchange tables and the audit log counted before and after).
 */
@ExtendWith(ArquillianExtension.class)
class VxpBadInputIT {
    private static final String BASE_URL = System.getProperty("edoc.it.base-url", "http://localhost:8080");
    private static final String IA_RSUOM = "000.03.55.H21";
    private static final Map<String, String> DOCUMENTS = Map.of("servicetype", "eDoc", "messagetype", "edoc");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return EdocDeployment.ear();
    }

    @Test
    void everyRefusalHasItsCodeAndStoresNothing() throws Exception {
        String secret = TestSystems.registerVxp(BASE_URL, "it-vxp-refusals", "\"" + Packets.PROVINCE + "\"");
        String communeSecret = TestSystems.registerVxp(BASE_URL, "it-vxp-ia-rsuom", "\"" + IA_RSUOM + "\"");
        byte[] packet = Packets.placeholderSignedTo(IA_RSUOM);
        VxpClient dms = new VxpClient(BASE_URL, "it-vxp-refusals", secret);
        // a copy that exists, for another office than the refused system's
        String copy = VxpIT.ok(dms.sendEdoc(Packets.placeholderSignedTo(IA_RSUOM), DOCUMENTS))
                        .text("DocId") + "~" + IA_RSUOM;
        String soapOnly = TestSystems.provinceSecret(BASE_URL);
        java.util.Map<String, Long> before = Rows.ofExchange();

        assertRefused(
                new VxpClient(BASE_URL, "it-vxp-refusals", secret + "x").sendEdoc(packet, DOCUMENTS),
                "AUTHENTICATION_FAILED");
        assertRefused(
                new VxpClient(BASE_URL, "it-vxp-nobody", secret).sendEdoc(packet, DOCUMENTS), "AUTHENTICATION_FAILED");
        // a SOAP-only system proves who it is (its secret is kept sealed too) but may not call in this protocol
        assertRefused(
                new VxpClient(BASE_URL, TestSystems.PROVINCE_DMS, soapOnly).sendEdoc(packet, DOCUMENTS),
                "PROTOCOL_NOT_ALLOWED");
        assertThat(unsigned("sendEdoc", null).body()).contains("\"ErrorCode\":\"AUTHENTICATION_REQUIRED\"");
        assertThat(unsigned("sendEdoc", "{\"XroadVnpt-systemid\":\"it-vxp-refusals\"}")
                        .body())
                .contains("\"ErrorCode\":\"AUTHENTICATION_REQUIRED\"")
                .contains("\"DocId\":\"\"");
        assertRefused(
                dms.sendEdoc(packet, DOCUMENTS, VxpClient.unpaddedSha256(packet).substring(1)), "BODY_HASH_MISMATCH");
        VxpClient.Reply notEdxml = dms.sendEdoc("<not-edxml/>".getBytes(StandardCharsets.UTF_8), DOCUMENTS);
        assertRefused(notEdxml, "PACKET_WRONG_NAMESPACE");
        VxpClient.Reply broken =
                dms.sendEdoc(Packets.raw("not-well-formed.edxml").getBytes(StandardCharsets.UTF_8), DOCUMENTS);
        assertRefused(broken, "PACKET_NOT_WELL_FORMED");
        assertThat(broken.text("ErrorDesc")).containsPattern("\\d+");
        VxpClient commune = new VxpClient(BASE_URL, "it-vxp-ia-rsuom", communeSecret);
        assertRefused(
                commune.sendEdoc(Packets.placeholderSignedTo(IA_RSUOM), with(DOCUMENTS, "from", IA_RSUOM)),
                "OFFICE_NOT_AUTHORIZED");
        assertRefused(dms.bracesPost("getEdoc", Map.of("docId", "no-such-copy")), "PACKET_NOT_FOUND");
        assertRefused(
                dms.bracesPost("getEdoc", Map.of("docId", "00000000-0000-0000-0000-000000000000~" + IA_RSUOM)),
                "OFFICE_NOT_AUTHORIZED");
        assertRefused(
                commune.bracesPost("getEdoc", Map.of("docId", "00000000-0000-0000-0000-000000000000~" + IA_RSUOM)),
                "PACKET_NOT_FOUND");
        assertRefused(dms.bracesPost("getEdoc", Map.of("docId", copy)), "OFFICE_NOT_AUTHORIZED");
        assertRefused(dms.bracesPost("updateStatus", Map.of("docId", copy, "status", "done")), "OFFICE_NOT_AUTHORIZED");
        assertRefused(
                commune.bracesPost("updateStatus", Map.of("docId", copy, "status", "acceptance")),
                "COPY_STATUS_UNSUPPORTED");
        assertRefused(dms.jsonPost("registerAgency", "{\"code\":\"" + "x".repeat(70_000) + "\"}"), "PACKET_TOO_LARGE");
        assertRefused(dms.jsonPost("registerAgency", "not json at all"), "REQUEST_INVALID");
        // a status is read whole: over edoc.packet.max-status-bytes (1 MiB) it is refused before that
        byte[] status =
                StatusPackets.unsigned(Packets.PROVINCE, IA_RSUOM, "000.00.03.H21,2026/11/27,1/QĐ-UBND", "03", null);
        byte[] padded = (new String(status, StandardCharsets.UTF_8) + "<!--" + "x".repeat(1_100_000) + "-->")
                .getBytes(StandardCharsets.UTF_8);
        assertRefused(dms.sendEdoc(padded, Map.of("servicetype", "eDoc", "messagetype", "status")), "PACKET_TOO_LARGE");
        assertRefused(dms.emptyPost("getEverything", Map.of()), "OPERATION_UNKNOWN");

        assertThat(Rows.ofExchange()).isEqualTo(before);
    }

    /** A call without the signed headers, or with a signed object but no signature. */
    private static HttpResponse<String> unsigned(String operation, String signedText) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE_URL + "/edoc-ws/vxp/" + operation))
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofString("<edXML/>\r\n"));
        if (signedText != null) {
            request.header("XroadVnpt-systemid", "it-vxp-refusals").header("XroadVnpt-sign-header", signedText);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
