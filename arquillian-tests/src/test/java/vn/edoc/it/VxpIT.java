package vn.edoc.it;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edoc.it.AxisCalls.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The national axis protocol (VXP): a DMS built on the national SDK sends, lists, fetches, confirms, gives back and
 * follows its documents, sends its statuses and asks for directory changes, through a client that behaves as the SDK
 * does on the wire ({@link VxpClient}); the SDK's own recorded requests get their answers.
 */
@ExtendWith(ArquillianExtension.class)
class VxpIT {
    private static final String BASE_URL = System.getProperty("edoc.it.base-url", "http://localhost:8080");
    // two communes no other test uses: the recipients' lists hold only this test's copies
    private static final String PHU_TUC = "000.01.55.H21";
    private static final String IA_RSAI = "000.02.55.H21";
    private static final Map<String, String> DOCUMENTS = Map.of("servicetype", "eDoc", "messagetype", "edoc");
    private static final Map<String, String> STATUSES = Map.of("servicetype", "eDoc", "messagetype", "status");
    private static final Pattern DOCUMENT_ID = Pattern.compile("<edXML:DocumentId>([^<]+)</edXML:DocumentId>");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return EdocDeployment.ear();
    }

    @Test
    void aDmsOnTheNationalSdkSendsListsFetchesConfirmsAndFollowsItsDocuments() {
        String provinceSecret = TestSystems.registerVxp(BASE_URL, "it-vxp-province", "\"" + Packets.PROVINCE + "\"");
        VxpClient province = new VxpClient(BASE_URL, "it-vxp-province", provinceSecret);
        VxpClient phuTuc = new VxpClient(
                BASE_URL, "it-vxp-phu-tuc", TestSystems.registerVxp(BASE_URL, "it-vxp-phu-tuc", "\"" + PHU_TUC + "\""));
        VxpClient iaRsai = new VxpClient(
                BASE_URL, "it-vxp-ia-rsai", TestSystems.registerVxp(BASE_URL, "it-vxp-ia-rsai", "\"" + IA_RSAI + "\""));
        byte[] signed = Packets.signedByProvinceTo(PHU_TUC);
        byte[] placeholder = Packets.placeholderSignedTo(PHU_TUC);

        // the caller's from header is informational: the packet's From decides
        String signedId = ok(province.sendEdoc(signed, with(DOCUMENTS, "from", "000.00.00.H41")))
                .text("DocId");
        assertThat(province.sendEdoc(signed, with(DOCUMENTS, "from", Packets.PROVINCE))
                        .text("DocId"))
                .isEqualTo(signedId);
        String placeholderId = ok(province.sendEdoc(placeholder, DOCUMENTS)).text("DocId");

        AxisCalls provinceSoap = new AxisCalls(BASE_URL, "it-vxp-province", provinceSecret);
        assertThat(text(provinceSoap.getTraces(Packets.PROVINCE, placeholderId), "envelopeVouchedBy"))
                .isEqualTo("it-vxp-province");
        assertThat(text(provinceSoap.getTraces(Packets.PROVINCE, signedId), "envelopeVouchedBy"))
                .isNull();

        String signedCopy = signedId + "~" + PHU_TUC;
        String placeholderCopy = placeholderId + "~" + PHU_TUC;
        assertThat(ok(phuTuc.bracesPost("countReceiveEdoc", Map.of()))
                        .json()
                        .get("count")
                        .asInt())
                .isEqualTo(2);
        JsonNode listed =
                ok(phuTuc.emptyPost("getReceivedEdocList", DOCUMENTS)).json().get("data");
        assertThat(docIds(listed)).containsExactly(signedCopy, placeholderCopy);
        assertThat(listed.get(0).get("from").asText()).isEqualTo(Packets.PROVINCE);
        assertThat(listed.get(0).get("to").asText()).isEqualTo(PHU_TUC);
        assertThat(listed.get(0).get("status").asText()).isEqualTo("initial");
        assertThat(docIds(ok(iaRsai.emptyPost("getReceivedEdocList", DOCUMENTS))
                        .json()
                        .get("data")))
                .doesNotContain(signedCopy, placeholderCopy);

        byte[] fetched = Base64.getDecoder()
                .decode(ok(phuTuc.bracesPost("getEdoc", Map.of("docId", signedCopy, "filePath", "/tmp")))
                        .text("data"));
        assertThat(fetched).isEqualTo(signed);
        assertThat(phuTuc.download(placeholderCopy).body()).isEqualTo(placeholder);
        assertRefused(iaRsai.bracesPost("getEdoc", Map.of("docId", signedCopy)), "OFFICE_NOT_AUTHORIZED");

        ok(phuTuc.bracesPost("updateStatus", Map.of("docId", signedCopy, "status", "done")));
        ok(phuTuc.bracesPost("updateStatus", Map.of("docId", signedCopy, "status", "done"))); // a retried POST
        ok(phuTuc.bracesPost("updateStatus", Map.of("docId", placeholderCopy, "status", "processing")));
        ok(phuTuc.bracesPost("updateStatus", Map.of("docId", placeholderCopy, "status", "fail")));
        // the stale docId and status of the calls before travel with this list call and change nothing
        assertThat(docIds(ok(phuTuc.emptyPost("getReceivedEdocList", DOCUMENTS))
                        .json()
                        .get("data")))
                .containsExactly(placeholderCopy);
        assertThat(ok(phuTuc.bracesPost("countReceiveEdoc", Map.of()))
                        .json()
                        .get("count")
                        .asInt())
                .isEqualTo(1);

        JsonNode sent = ok(province.emptyPost("getSentEdocList", with(DOCUMENTS, "docId", signedId)))
                .json()
                .get("data");
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).get("senderDocId").asText()).isEqualTo(signedId);
        assertThat(sent.get(0).get("receiverDocId").asText()).isEqualTo(signedCopy);
        assertThat(sent.get(0).get("toCode").asText()).isEqualTo(PHU_TUC);
        assertThat(sent.get(0).get("receiveStatus").asText()).isEqualTo("done");

        // the recipient's DMS answers 03 with an unsigned status packet, which its system vouches for
        byte[] accepted = StatusPackets.unsigned(PHU_TUC, Packets.PROVINCE, documentIdOf(signed), "03", null);
        String statusId =
                ok(phuTuc.sendEdoc(accepted, with(STATUSES, "from", PHU_TUC))).text("DocId");
        assertThat(docIds(ok(province.emptyPost("getReceivedEdocList", STATUSES))
                        .json()
                        .get("data")))
                .contains(statusId + "~" + Packets.PROVINCE);
        assertThat(text(provinceSoap.recipientTrace(Packets.PROVINCE, signedId, PHU_TUC), "progress"))
                .isEqualTo("03");
    }

    @Test
    void agenciesComeFromTheDirectoryAndRegisteringOneWaitsForAnOperator() throws IOException {
        VxpClient dms = new VxpClient(
                BASE_URL, "it-vxp-agencies", TestSystems.registerVxp(BASE_URL, "it-vxp-agencies", "\"*\""));
        JsonNode agencies =
                ok(dms.emptyPost("getAgenciesList", Map.of())).json().get("data");
        assertThat(codes(agencies, "code")).contains(Packets.PROVINCE, Packets.HOME_AFFAIRS);
        // a gateway of its own: a client's header map keeps every key it ever sent (the SDK's does too)
        VxpClient gateway =
                new VxpClient(BASE_URL, "it-vxp-gateway", TestSystems.registerVxp(BASE_URL, "it-vxp-gateway", "\"*\""));
        JsonNode first = ok(gateway.emptyPost("getAgenciesList", Map.of("pageSize", "100", "pageIndex", "1")))
                .json()
                .get("data");
        JsonNode second = ok(gateway.emptyPost("getAgenciesList", Map.of("pageSize", "100", "pageIndex", "2")))
                .json()
                .get("data");
        assertThat(first.size()).as("a gateway pages the list").isEqualTo(100);
        assertThat(codes(first, "code")).doesNotContainAnyElementsOf(codes(second, "code"));
        assertThat(codes(second, "code").get(0))
                .isGreaterThan(codes(first, "code").get(99));
        JsonNode provinceLevel = ok(dms.emptyPost("getAgenciesListQD20", Map.of("level", "1")))
                .json()
                .get("data");
        assertThat(codes(provinceLevel, "code102")).contains(Packets.PROVINCE).doesNotContain(Packets.HOME_AFFAIRS);
        JsonNode units =
                ok(dms.emptyPost("getSynchronizeUnit", Map.of())).json().get("data");
        assertThat(units.get(0).get("version").asInt()).isPositive();
        assertThat(units.get(0).get("deleted").isBoolean()).isTrue();

        String code = "000.00.88.H21";
        String body = "{\"id\":\"\",\"pcode\":\"" + Packets.PROVINCE + "\",\"code\":\"" + code
                + "\",\"name\":\"Ban Quản lý thử nghiệm\",\"mail\":\"bqlt@gialai.gov.vn\",\"mobile\":\"1\",\"fax\":\"2\"}";
        ok(dms.jsonPost("registerAgency", body));
        ok(dms.jsonPost("registerAgency", body)); // the SDK retries its POSTs: still one request
        OperatorApi operator = new OperatorApi(BASE_URL);
        String pending = operator.get("directory/requests").body();
        assertThat(pending.split(Pattern.quote("\"code\":\"" + code + "\""), -1))
                .hasSize(2);
        assertThat(codes(ok(dms.emptyPost("getAgenciesList", Map.of())).json().get("data"), "code"))
                .doesNotContain(code);

        long id = 0;
        for (JsonNode request : new com.fasterxml.jackson.databind.ObjectMapper().readTree(pending)) {
            if (code.equals(request.get("code").asText())) {
                assertThat(request.get("kind").asText()).isEqualTo("REGISTER");
                assertThat(request.get("systemId").asText()).isEqualTo("it-vxp-agencies");
                id = request.get("id").asLong();
            }
        }
        assertThat(operator.postJson("directory/requests/" + id + "/approve", "{}")
                        .status())
                .isEqualTo(200);
        assertThat(codes(ok(dms.emptyPost("getAgenciesList", Map.of())).json().get("data"), "code"))
                .contains(code);

        ok(dms.bracesPost("deleteAgency", Map.of("AgencyCode", code)));
        assertThat(operator.get("directory/requests").body()).contains("\"kind\":\"DELETE\"");
        assertRefused(dms.bracesPost("deleteAgency", Map.of("AgencyCode", "999.99.99.H99")), "OFFICE_UNKNOWN");
    }

    @Test
    void theSdksRecordedRequestsGetTheirAnswers() throws IOException {
        OperatorApi.Answer registered = new OperatorApi(BASE_URL)
                .postJson(
                        "systems",
                        "{\"systemId\":\"test.system.01\",\"name\":\"SDKVXP 2.0.1\",\"scopes\":[\"*\"],"
                                + "\"protocols\":[\"VXP\"],\"envelopeSignatures\":\"IF_PRESENT\","
                                + "\"secret\":\"local-test-secret\"}");
        assertThat(registered.status() == 201 || registered.body().contains("SYSTEM_EXISTS"))
                .as(registered.toString())
                .isTrue();
        assertThat(registered.body()).doesNotContain("local-test-secret");
        Map<String, String> expected = new java.util.LinkedHashMap<>();
        expected.put("01_getAgenciesList.raw", "0");
        expected.put("02_getAgenciesListQD20.raw", "0");
        expected.put("03_getSynchronizeUnit.raw", "0");
        // the SDK's samples name 999.010.01.H22 and 99.99.99.G21: shaped as QCVN 102 codes, but not valid ones
        expected.put("04_registerAgency.raw", "ORGAN_ID_INVALID");
        expected.put("05_deleteAgency.raw", "ORGAN_ID_INVALID");
        expected.put("06_getReceivedEdocList.raw", "0");
        expected.put("07_getEdoc.raw", "PACKET_NOT_FOUND");
        expected.put("08_updateStatus.raw", "PACKET_NOT_FOUND");
        expected.put("09_getSentEdocList.raw", "PACKET_NOT_FOUND");
        expected.put("10_countReceiveEdoc.raw", "0");
        expected.put("11_countReceiveStatus.raw", "0");
        expected.put("12_downloadEdoc.raw", "PACKET_NOT_FOUND");
        // the SDK's sample packet writes xlink:href without declaring xlink (line 116): not namespace-well-formed XML;
        // its hash-file was checked first and matched the body less its CRLF
        expected.put("13_sendEdoc.raw", "PACKET_NOT_WELL_FORMED");
        expected.put("14_sendEdoc.raw", "PACKET_NOT_WELL_FORMED");
        expected.put("15_updateStatus.raw", "PACKET_NOT_FOUND");
        Path captures = Path.of(System.getProperty("edoc.it.vxp-captures"));
        for (Map.Entry<String, String> capture : expected.entrySet()) {
            RawHttp.Answer answer =
                    RawHttp.replay(BASE_URL, "/edoc-ws/vxp", Files.readAllBytes(captures.resolve(capture.getKey())));
            assertThat(answer.body())
                    .as(capture.getKey())
                    .contains("\"ErrorCode\":\"" + capture.getValue() + "\"")
                    .contains("\"status\":\"" + ("0".equals(capture.getValue()) ? "OK" : "FAIL") + "\"")
                    .contains("\"ErrorDesc\":");
            assertThat(answer.body().chars().allMatch(c -> c < 0x80))
                    .as(capture.getKey())
                    .isTrue();
        }
    }

    static VxpClient.Reply ok(VxpClient.Reply reply) {
        assertThat(reply.ok())
                .as(new String(reply.body(), StandardCharsets.UTF_8))
                .isTrue();
        return reply;
    }

    static void assertRefused(VxpClient.Reply reply, String code) {
        assertThat(reply.text("status")).isEqualTo("FAIL");
        assertThat(reply.text("ErrorCode"))
                .as(new String(reply.body(), StandardCharsets.UTF_8))
                .isEqualTo(code);
        assertThat(reply.text("ErrorDesc")).isNotBlank();
    }

    static Map<String, String> with(Map<String, String> base, String key, String value) {
        Map<String, String> all = new java.util.HashMap<>(base);
        all.put(key, value);
        return all;
    }

    private static List<String> docIds(JsonNode list) {
        return codes(list, "docId");
    }

    private static List<String> codes(JsonNode list, String field) {
        List<String> values = new ArrayList<>();
        list.forEach(item -> values.add(item.get(field).asText()));
        return values;
    }

    static String documentIdOf(byte[] packet) {
        Matcher matcher = DOCUMENT_ID.matcher(new String(packet, StandardCharsets.UTF_8));
        if (!matcher.find()) {
            throw new UncheckedIOException(new IOException("no DocumentId"));
        }
        return matcher.group(1);
    }
}
