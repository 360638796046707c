package vn.edoc.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static vn.edoc.it.AxisCalls.children;
import static vn.edoc.it.AxisCalls.directText;
import static vn.edoc.it.AxisCalls.text;
import static vn.edoc.it.Packets.HOME_AFFAIRS;
import static vn.edoc.it.Packets.PROVINCE;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Element;

/**
 * Federation between the province's axis (the cluster, axis id gia-lai) and the national axis beside it (truc-quoc-gia,
 * {@link ClusterHarness}): a document for a national office is forwarded over the same SOAP contract with the
 * axisTrace header, its statuses come back in order, a revocation crosses the hop and its answer comes back, the trace
 * names both axes, and a forward repeated or from the wrong system is answered as it must be.
 */
@ExtendWith(ClusterHarness.class)
class ClusterFederationIT {
    private static final String GOVERNMENT_OFFICE = "000.00.00.G22";
    private static final String PROVINCE_AXIS = "gia-lai";
    private static final String NATIONAL_AXIS = "truc-quoc-gia";
    private static final String TWO_RECIPIENTS = "province-to-department-and-city.edxml";

    private final AxisCalls province = new AxisCalls(ClusterHarness.EDOC_1);
    private final AxisCalls national = new AxisCalls(
            ClusterHarness.NATIONAL,
            "it-national-dms",
            TestSystems.register(ClusterHarness.NATIONAL, "it-national-dms", "\"*\"", 1_000_000, null));

    @Test
    void aDocumentCrossesToTheNationalAxisAndItsStatusesComeBackInOrder() {
        byte[] packet = Packets.signedByProvince(toHomeAffairsAndGovernmentOffice());
        Element accepted = province.sendDocument(packet);
        String packetId = text(accepted, "packetId");
        String documentId = text(accepted, "documentId");

        Element forwarded = awaitCopy(packetId, "CONFIRMED");
        assertThat(directText(forwarded, "viaPeer")).isEqualTo(NATIONAL_AXIS);
        String nationalId = directText(forwarded, "forwardedAs");
        assertThat(nationalId).isNotNull().isNotEqualTo(packetId);
        assertThat(directText(province.recipientTrace(PROVINCE, packetId, HOME_AFFAIRS), "state"))
                .as("the local recipient is not touched by the forward")
                .isEqualTo("WAITING");

        Element fetched = national.getDocument(GOVERNMENT_OFFICE, nationalId);
        assertThat(text(fetched, "sha256")).as("byte for byte across the hop").isEqualTo(Packets.sha256(packet));
        national.confirmReceived(GOVERNMENT_OFFICE, nationalId, Packets.sha256(packet));
        Element nationalTrace = national.getTraces(GOVERNMENT_OFFICE, nationalId);
        assertThat(hops(nationalTrace)).containsExactly(PROVINCE_AXIS, NATIONAL_AXIS);
        assertThat(text(children(nationalTrace, "hop").get(0), "packetId")).isEqualTo(packetId);
        assertThat(children(nationalTrace, "recipient"))
                .as("the national axis delivers only what was forwarded to it")
                .extracting(r -> directText(r, "organId"))
                .containsExactly(GOVERNMENT_OFFICE);
        assertThat(hops(province.getTraces(PROVINCE, packetId))).containsExactly(PROVINCE_AXIS);

        national.sendStatus(governmentStatus(documentId, "01", null));
        national.sendStatus(governmentStatus(documentId, "03", null));

        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> "03".equals(directText(copy(packetId), "progress")));
        assertThat(children(copy(packetId), "status"))
                .extracting(s -> text(s, "code"))
                .as("in the order the office sent them")
                .containsExactly("01", "03");
        assertThat(text(province.sendDocument(packet), "packetId"))
                .as("the same bytes again: the first acceptance")
                .isEqualTo(packetId);
    }

    @Test
    void aRevocationCrossesTheHopAndTheNationalOfficesConsentComesBack() {
        String originalText = Packets.freshTo(GOVERNMENT_OFFICE);
        Element accepted = province.sendDocument(Packets.signedByProvince(originalText));
        String packetId = text(accepted, "packetId");
        String documentId = text(accepted, "documentId");
        String nationalId = directText(awaitCopy(packetId, "CONFIRMED"), "forwardedAs");
        national.getDocument(GOVERNMENT_OFFICE, nationalId);

        byte[] revocation = Packets.signedByProvince(revocationOf(originalText, documentId));
        String revocationId = text(province.sendDocument(revocation), "packetId");
        assertThat(directText(copy(packetId), "changePending")).isEqualTo("REVOKE");
        awaitCopy(revocationId, "CONFIRMED");

        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> "REVOKE"
                        .equals(directText(
                                national.recipientTrace(GOVERNMENT_OFFICE, nationalId, GOVERNMENT_OFFICE),
                                "changePending")));
        national.sendStatus(governmentStatus(documentId, "15", "Đã hủy văn bản theo yêu cầu thu hồi"));

        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> "true".equals(directText(copy(packetId), "withdrawn")));
        assertThat(directText(copy(packetId), "changePending")).isNull();
    }

    @Test
    void aForwardRepeatedIsAnsweredOnceAndOnlyThePeerNamedLastForwards() {
        byte[] packet = Packets.signedByProvinceTo(GOVERNMENT_OFFICE);
        String packetId = text(province.sendDocument(packet), "packetId");
        String nationalId = directText(awaitCopy(packetId, "CONFIRMED"), "forwardedAs");
        String trace = trace(PROVINCE_AXIS, packetId);
        AxisCalls provinceAxis = new AxisCalls(ClusterHarness.NATIONAL, PROVINCE_AXIS, provinceAxisSecret());

        assertThat(text(provinceAxis.forwardDocument(packet, trace), "packetId"))
                .as("a forward repeated after a lost answer")
                .isEqualTo(nationalId);
        assertThatThrownBy(() -> national.forwardDocument(packet, trace))
                .isInstanceOfSatisfying(SoapFault.class, f -> assertThat(f.code).isEqualTo("FORWARDING_NOT_ALLOWED"));
        assertThatThrownBy(() -> provinceAxis.forwardDocument(packet, trace(NATIONAL_AXIS, packetId)))
                .as("a trace that names the axis itself")
                .isInstanceOfSatisfying(SoapFault.class, f -> assertThat(f.code).isEqualTo("FORWARDING_NOT_ALLOWED"));
        String loop = "<axis:axisTrace>" + hop(NATIONAL_AXIS, packetId) + hop(PROVINCE_AXIS, packetId)
                + "<axis:forwardedTo>" + GOVERNMENT_OFFICE + "</axis:forwardedTo></axis:axisTrace>";
        assertThatThrownBy(() -> provinceAxis.forwardDocument(packet, loop))
                .isInstanceOfSatisfying(SoapFault.class, f -> assertThat(f.code).isEqualTo("FORWARDING_LOOP"));
    }

    /** The two-recipient fixture with its second recipient (Pleiku) replaced by the Government Office. */
    private static String toHomeAffairsAndGovernmentOffice() {
        return new String(Packets.fresh(TWO_RECIPIENTS), StandardCharsets.UTF_8)
                .replace(
                        "<edXML:OrganId>000.00.41.H21</edXML:OrganId>",
                        "<edXML:OrganId>" + GOVERNMENT_OFFICE + "</edXML:OrganId>");
    }

    /** A revocation (BussinessDocType 1) of the document, to the same recipients, under a DocumentId of its own. */
    private static String revocationOf(String original, String documentId) {
        String prefix = documentId.substring(0, documentId.lastIndexOf(',') + 1);
        String revocation = original.replace(
                        "<edXML:DocumentId>" + documentId + "</edXML:DocumentId>",
                        "<edXML:DocumentId>" + prefix + "9" + documentId.substring(prefix.length())
                                + "</edXML:DocumentId>")
                .replace(
                        "<edXML:BussinessDocType>0</edXML:BussinessDocType>",
                        "<edXML:DocumentId>" + documentId + "</edXML:DocumentId>\n"
                                + "<edXML:BussinessDocType>1</edXML:BussinessDocType>")
                .replace(
                        "Văn bản điện tử mới</edXML:BussinessDocReason>",
                        "Thu hồi văn bản điện tử</edXML:BussinessDocReason>");
        assertThat(revocation).contains("<edXML:BussinessDocType>1").contains(prefix + "9");
        return revocation;
    }

    private static byte[] governmentStatus(String documentId, String code, String description) {
        return StatusPackets.sealedStatus(
                "peer/offices/" + GOVERNMENT_OFFICE + ".p12",
                GOVERNMENT_OFFICE,
                PROVINCE,
                documentId,
                code,
                description);
    }

    private Element awaitCopy(String packetId, String state) {
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> state.equals(directText(copy(packetId), "state")));
        return copy(packetId);
    }

    private Element copy(String packetId) {
        return province.recipientTrace(PROVINCE, packetId, GOVERNMENT_OFFICE);
    }

    private static List<String> hops(Element traces) {
        return children(traces, "hop").stream().map(h -> text(h, "axisId")).toList();
    }

    private static String trace(String axisId, String packetId) {
        return "<axis:axisTrace>" + hop(axisId, packetId) + "<axis:forwardedTo>" + GOVERNMENT_OFFICE
                + "</axis:forwardedTo></axis:axisTrace>";
    }

    private static String hop(String axisId, String packetId) {
        return "<axis:TraceHeader><axis:axisId>" + axisId + "</axis:axisId><axis:packetId>" + packetId
                + "</axis:packetId><axis:timestamp>2026-11-27T08:00:00+07:00</axis:timestamp></axis:TraceHeader>";
    }

    /** The secret the province's axis holds at the national axis (written there by bin/edoc peer start). */
    private static String provinceAxisSecret() {
        Path file = Path.of(
                System.getProperty("edoc.it.domains"), "edoc-cluster", "config", "edoc-peer-truc-quoc-gia-secret");
        try {
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
