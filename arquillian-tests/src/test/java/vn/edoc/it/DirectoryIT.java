package vn.edoc.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.edoc.it.AxisCalls.children;
import static vn.edoc.it.AxisCalls.text;
import static vn.edoc.it.Packets.PROVINCE;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Element;

/**
 * The directory through its two doors: the operators' API (import, export, routing files) and the SOAP
 * synchronisation; and what a reorganisation does to packets. Each test works on offices of its own (codes
 * 000.ZZ.7Y.H21), so the sample offices the other tests use stay as they are.
 */
@ExtendWith(ArquillianExtension.class)
class DirectoryIT {
    private static final String BASE_URL = System.getProperty("edoc.it.base-url", "http://localhost:8080");
    private static final String HEADER = "code,name,kind,level,parent_code,state,successors\n";

    private final AxisCalls axis = new AxisCalls(BASE_URL);
    private final OperatorApi operator = new OperatorApi(BASE_URL);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return EdocDeployment.ear();
    }

    @AfterEach
    void openRouting() {
        assertThat(operator.put("directory/routing-rules", "position,sender,recipient,effect,note\n")
                        .status())
                .isEqualTo(200);
        assertThat(operator.put("directory/peer-routes", "code_pattern,peer_id,endpoint\n")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aPacketForADissolvedOfficeGoesToItsSuccessorAndTheSuccessorKeepsThePredecessorsDocuments() {
        String old = "000.01.71.H21";
        String merged = "000.02.71.H21";
        imported(HEADER + old + ",UBND xã Cũ,UBND xã,COMMUNE," + PROVINCE + ",ACTIVE,\n" + merged
                + ",UBND xã Mới,UBND xã,COMMUNE," + PROVINCE + ",ACTIVE,\n");
        String before = packetId(axis.sendDocument(Packets.signedByProvinceTo(old)));

        imported(HEADER + old + ",UBND xã Cũ,UBND xã,COMMUNE," + PROVINCE + ",DISSOLVED," + merged + "\n");
        Element after = axis.sendDocument(Packets.signedByProvinceTo(old));

        assertThat(children(after, "recipient"))
                .extracting(r -> text(r, "organId"))
                .containsExactly(merged);
        List<Element> traced = children(traces(PROVINCE, packetId(after)), "recipient");
        assertThat(traced).hasSize(1);
        assertThat(text(traced.get(0), "organId")).isEqualTo(merged);
        assertThat(text(traced.get(0), "addressedTo")).as("the trace says so").isEqualTo(old);
        // the successor finds what waited for its predecessor, and follows the old document's trace
        assertThat(axis.getPendingDocuments(merged))
                .extracting(p -> text(p, "packetId"))
                .contains(before, packetId(after));
        assertThat(children(traces(merged, before), "recipient"))
                .extracting(r -> text(r, "organId"))
                .containsExactly(old);
        assertThat(text(axis.confirmReceived(merged, before, Packets.sha256(fetch(merged, before))), "state"))
                .isEqualTo("CONFIRMED");
        assertThat(operator.get("directory/offices/" + old + "/history").body())
                .contains("\"kind\":\"CREATED\"", "\"kind\":\"DISSOLVED\"", merged);
    }

    @Test
    void synchronisationReturnsExactlyTheOfficesChangedSinceARevision() {
        imported(HEADER + "000.01.72.H21,UBND phường Một,UBND phường,COMMUNE," + PROVINCE + ",ACTIVE,\n");
        long revision = Long.parseLong(text(axis.getOrganizations(null), "revision"));

        imported(HEADER + "000.01.72.H21,UBND phường Một Mới,UBND phường,COMMUNE," + PROVINCE + ",ACTIVE,\n"
                + "000.02.72.H21,UBND xã Hai,UBND xã,COMMUNE," + PROVINCE + ",ACTIVE,\n");
        Element changes = axis.getOrganizations(revision);

        assertThat(Long.parseLong(text(changes, "revision"))).isEqualTo(revision + 1);
        assertThat(children(changes, "organization"))
                .extracting(o -> text(o, "organId") + " " + text(o, "organName") + " " + text(o, "state"))
                .containsExactly("000.01.72.H21 UBND phường Một Mới ACTIVE", "000.02.72.H21 UBND xã Hai ACTIVE");
        assertThat(children(axis.getOrganizations(revision + 1), "organization"))
                .isEmpty();
        List<Element> all = children(axis.getOrganizations(null), "organization");
        assertThat(all.size())
                .as("the whole directory: the sample's 256 offices and those the tests added")
                .isGreaterThanOrEqualTo(258);
        Element province = all.stream()
                .filter(o -> text(o, "organId").equals(PROVINCE))
                .findFirst()
                .orElseThrow();
        assertThat(text(province, "organName")).isEqualTo("UBND tỉnh Gia Lai");
        assertThat(children(province, "seal"))
                .as("the seal certificates the trust folder registers for the province")
                .isNotEmpty()
                .allSatisfy(seal -> assertThat(text(seal, "sha256")).hasSize(64));
    }

    @Test
    void theDirectoryIsHandedOutInPagesThatTogetherHoldEveryOfficeOnce() {
        List<String> whole = children(axis.getOrganizations(null), "organization").stream()
                .map(o -> text(o, "organId"))
                .toList();
        List<String> walked = new ArrayList<>();
        Set<String> revisions = new HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            Element page = axis.getOrganizationsPage(100, cursor);
            List<Element> offices = children(page, "organization");
            assertThat(offices.size()).isLessThanOrEqualTo(100);
            offices.forEach(o -> walked.add(text(o, "organId")));
            revisions.add(text(page, "revision"));
            cursor = text(page, "nextCursor");
            pages++;
        } while (cursor != null && pages < 100);

        assertThat(walked)
                .as("every office once, in the order of the whole list")
                .isEqualTo(whole);
        assertThat(pages).isEqualTo((whole.size() + 99) / 100);
        assertThat(revisions).as("one revision for the whole walk").hasSize(1);
        assertThatThrownBy(() -> axis.getOrganizationsPage(100, "not-a-cursor"))
                .isInstanceOfSatisfying(SoapFault.class, f -> assertThat(f.code).isEqualTo("REQUEST_INVALID"));
    }

    @Test
    void anOfficeNothingRefersToIsRemovedAndSynchronisationSaysSo() {
        imported(HEADER + "000.01.75.H21,UBND xã Nhầm,UBND xã,COMMUNE," + PROVINCE + ",ACTIVE,\n");
        long before = Long.parseLong(text(axis.getOrganizations(null), "revision"));

        OperatorApi.Answer removed = operator.delete("directory/offices/000.01.75.H21");
        OperatorApi.Answer inUse = operator.delete("directory/offices/" + PROVINCE);

        assertThat(removed.status()).as(removed.body()).isEqualTo(200);
        assertThat(removed.body()).contains("\"revision\":" + (before + 1));
        Element changes = axis.getOrganizations(before);
        assertThat(children(changes, "organization")).isEmpty();
        assertThat(changes.getElementsByTagNameNS(AxisCalls.NS, "removedId")
                        .item(0)
                        .getTextContent())
                .isEqualTo("000.01.75.H21");
        assertThat(operator.get("directory").body()).doesNotContain("000.01.75.H21");
        assertThat(operator.get("audit?subject=000.01.75.H21").body()).contains("OFFICE_REMOVED");
        assertThat(inUse.status()).isEqualTo(400);
        assertThat(inUse.body()).contains("\"code\":\"OFFICE_IN_USE\"", "offices under it");
        assertThat(operator.get("directory").body()).contains(PROVINCE);

        imported(HEADER + "000.01.75.H21,UBND xã Đúng,UBND xã,COMMUNE," + PROVINCE + ",ACTIVE,\n");
        assertThat(children(axis.getOrganizations(before), "organization"))
                .extracting(o -> text(o, "organName"))
                .as("created again: an office again, no longer removed")
                .containsExactly("UBND xã Đúng");
        assertThat(axis.getOrganizations(before)
                        .getElementsByTagNameNS(AxisCalls.NS, "removedId")
                        .getLength())
                .isZero();
    }

    /** The test domain takes directory files of up to 1 MiB and 2000 lines (bin/edoc test-domain). */
    @Test
    void aDirectoryFileOverTheImportLimitsIsRefusedBeforeItIsRead() {
        String exported = operator.get("directory").body();
        StringBuilder lines = new StringBuilder(HEADER);
        for (int i = 0; i < 2001; i++) {
            lines.append(String.format(
                    "000.%02d.%02d.H21,UBND xã Lũ %d,UBND xã,COMMUNE,%s,ACTIVE,%n",
                    i % 100, 80 + i / 100, i, PROVINCE));
        }
        String tooLong = "x".repeat(1024 * 1024 + 1);

        OperatorApi.Answer tooManyLines = operator.post("directory", lines.toString());
        OperatorApi.Answer tooManyBytes = operator.postAskingFirst("directory", HEADER + tooLong);

        assertThat(tooManyLines.status()).isEqualTo(413);
        assertThat(tooManyLines.body()).contains("\"code\":\"DIRECTORY_FILE_TOO_LARGE\"", "2000");
        assertThat(tooManyBytes.status()).isEqualTo(413);
        assertThat(tooManyBytes.body()).contains("\"code\":\"DIRECTORY_FILE_TOO_LARGE\"");
        assertThat(operator.get("directory").body()).isEqualTo(exported);
    }

    @Test
    void aBadFileIsRefusedWholeWithItsLinesAndChangesNothing() {
        String exported = operator.get("directory").body();
        long revision = Long.parseLong(text(axis.getOrganizations(null), "revision"));

        OperatorApi.Answer refused = operator.post(
                "directory",
                HEADER
                        + "000.01.73.H21,UBND xã Tốt,UBND xã,COMMUNE," + PROVINCE + ",ACTIVE,\n"
                        + "000.02.73.H21,UBND xã Lạc,UBND xã,COMMUNE,000.00.99.H21,ACTIVE,\n"
                        + "000.3.73.H21,UBND xã Sai,UBND xã,COMMUNE," + PROVINCE + ",ACTIVE,\n");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body())
                .contains("\"code\":\"DIRECTORY_FILE_INVALID\"", "Tệp danh bạ có 2 lỗi")
                .contains("\"code\":\"PARENT_UNKNOWN\"", "\"line\":3")
                .contains("\"code\":\"OFFICE_CODE_INVALID\"", "\"line\":4")
                .doesNotContain("\"line\":2");
        assertThat(operator.get("directory").body()).isEqualTo(exported);
        assertThat(Long.parseLong(text(axis.getOrganizations(null), "revision")))
                .isEqualTo(revision);
    }

    @Test
    void aRoutingRuleForbidsARecipientWithACode() {
        String closed = "000.01.74.H21";
        imported(HEADER + closed + ",UBND xã Đóng,UBND xã,COMMUNE," + PROVINCE + ",ACTIVE,\n");
        assertThat(operator.put(
                                "directory/routing-rules",
                                "position,sender,recipient,effect,note\n1,*," + closed + ",DENY,thử nghiệm\n")
                        .status())
                .isEqualTo(200);

        SoapFault fault = BadInputIT.refused(axis, Packets.signedByProvinceTo(closed));

        assertThat(fault.code).isEqualTo("RECIPIENT_NOT_ALLOWED");
        assertThat(fault.messageVi).contains(PROVINCE, closed);
    }

    @Test
    void aCodeOfAnotherProvinceIsAcceptedForItsPeerAxis() {
        assertThat(operator.put(
                                "directory/peer-routes",
                                "code_pattern,peer_id,endpoint\n*.H08,binh-dinh,https://axis.binhdinh.example/edoc\n")
                        .status())
                .isEqualTo(200);

        Element accepted = axis.sendDocument(Packets.signedByProvinceTo("000.00.00.H08"));

        List<Element> traced = children(traces(PROVINCE, packetId(accepted)), "recipient");
        assertThat(text(traced.get(0), "organId")).isEqualTo("000.00.00.H08");
        assertThat(text(traced.get(0), "viaPeer")).isEqualTo("binh-dinh");
    }

    @Test
    void theOperatorsApiNeedsTheOperator() {
        assertThat(operator.getAs("directory", null, null).status()).isEqualTo(401);
        assertThat(operator.getAs("directory", "operator", "wrong").status()).isEqualTo(401);
    }

    private void imported(String csv) {
        OperatorApi.Answer answer = operator.post("directory", csv);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    }

    private Element traces(String organId, String packetId) {
        return axis.getTraces(organId, packetId);
    }

    private byte[] fetch(String organId, String packetId) {
        return java.util.Base64.getMimeDecoder().decode(text(axis.getDocument(organId, packetId), "packet"));
    }

    private static String packetId(Element acceptance) {
        return text(acceptance, "packetId");
    }
}
