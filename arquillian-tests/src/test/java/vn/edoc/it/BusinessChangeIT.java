package vn.edoc.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.edoc.it.AxisCalls.text;
import static vn.edoc.it.Packets.HOME_AFFAIRS;
import static vn.edoc.it.Packets.PLEIKU;
import static vn.edoc.it.Packets.PROVINCE;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Element;

/**
 * Revocation, update and replacement (BussinessDocType 1, 2, 3) in order per document: the province sends a decision
 * to Sở Nội vụ and Pleiku, then changes it.
 */
@ExtendWith(ArquillianExtension.class)
class BusinessChangeIT {
    private static final String BASE_URL = System.getProperty("edoc.it.base-url", "http://localhost:8080");
    private static final String FIXTURE = "province-to-department-and-city.edxml";
    /** An update's business info that removes Pleiku from the recipients (ReceiverType 0). */
    private static final String REMOVE_PLEIKU = """
                <edXML:BussinessDocumentInfo>
                  <edXML:DocumentInfo>0</edXML:DocumentInfo>
                  <edXML:DocumentReceiver>1</edXML:DocumentReceiver>
                  <edXML:ReceiverList>
                    <edXML:Receiver>
                      <edXML:OrganId>000.00.41.H21</edXML:OrganId>
                      <edXML:ReceiverType>0</edXML:ReceiverType>
                    </edXML:Receiver>
                  </edXML:ReceiverList>
                </edXML:BussinessDocumentInfo>""";

    private final AxisCalls axis = new AxisCalls(BASE_URL);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return EdocDeployment.ear();
    }

    @Test
    void aRevocationCancelsTheCopiesNotYetPulledAndAsksThoseWhoHaveIt() {
        Sent original = send(Packets.signed(FIXTURE));
        axis.getDocument(HOME_AFFAIRS, original.packetId);

        Sent revocation = send(change("1", "Thu hồi văn bản điện tử", original.documentId, ""));

        assertThat(state(original, PLEIKU)).isEqualTo("CANCELLED");
        assertThat(text(recipient(original, PLEIKU), "withdrawn")).isEqualTo("true");
        assertThat(text(recipient(original, HOME_AFFAIRS), "changePending")).isEqualTo("REVOKE");
        assertThat(pending(PLEIKU)).doesNotContain(original.packetId, revocation.packetId);
        assertThat(pending(HOME_AFFAIRS)).contains(revocation.packetId);
        assertThat(state(revocation, PLEIKU))
                .as("Pleiku never saw it: no revocation either")
                .isEqualTo("CANCELLED");

        axis.sendStatus(StatusPackets.status(HOME_AFFAIRS, PROVINCE, original.documentId, "15", "Đã hủy văn bản"));

        assertThat(text(recipient(original, HOME_AFFAIRS), "withdrawn")).isEqualTo("true");
    }

    @Test
    void anUpdateThatArrivesFirstWaitsForItsOriginal() {
        byte[] originalPacket = Packets.signed(FIXTURE);
        String documentId = documentIdOf(originalPacket);
        Sent update = send(change("2", "Cập nhật văn bản điện tử", documentId, REMOVE_PLEIKU));

        assertThat(state(update, HOME_AFFAIRS)).isEqualTo("HELD");
        assertThat(pending(HOME_AFFAIRS)).doesNotContain(update.packetId);

        Sent original = send(originalPacket);

        assertThat(state(update, HOME_AFFAIRS)).isEqualTo("WAITING");
        assertThat(pending(HOME_AFFAIRS)).contains(update.packetId, original.packetId);
        assertThat(state(original, PLEIKU))
                .as("removed by the update before it pulled")
                .isEqualTo("CANCELLED");
        assertThat(state(original, HOME_AFFAIRS)).isEqualTo("WAITING");
    }

    @Test
    void aReplacementSupersedesTheCopiesNotYetPulled() {
        byte[] originalPacket = Packets.signed(FIXTURE);
        Sent original = send(originalPacket);
        axis.confirmReceived(PLEIKU, original.packetId, Packets.sha256(originalPacket));

        String replaces = "<edXML:ReplacementInfoList><edXML:ReplacementInfo>"
                + "<edXML:DocumentId>" + original.documentId + "</edXML:DocumentId>"
                + "<edXML:OrganIdList><edXML:OrganId>" + HOME_AFFAIRS + "</edXML:OrganId>"
                + "<edXML:OrganId>" + PLEIKU + "</edXML:OrganId></edXML:OrganIdList>"
                + "</edXML:ReplacementInfo></edXML:ReplacementInfoList>";

        Sent replacement = send(change("3", "Văn bản thay thế", original.documentId, replaces));

        assertThat(state(original, HOME_AFFAIRS)).isEqualTo("CANCELLED");
        assertThat(text(recipient(original, PLEIKU), "changePending")).isEqualTo("REPLACE");
        assertThat(pending(HOME_AFFAIRS)).contains(replacement.packetId).doesNotContain(original.packetId);
    }

    /** The packet text with its own DocumentId (the first in the header) replaced by {@code documentId}. */
    private static String underDocumentId(String packet, String documentId) {
        int start = packet.indexOf("<edXML:DocumentId>") + "<edXML:DocumentId>".length();
        return packet.substring(0, start) + documentId + packet.substring(packet.indexOf('<', start));
    }

    /** A new packet of the fixture that changes {@code target} (type 1, 2 or 3), signed by the province. */
    private static byte[] change(String type, String reason, String target, String more) {
        return Packets.signedByProvince(changeText(type, reason, target, more));
    }

    private static String changeText(String type, String reason, String target, String more) {
        String changed = new String(Packets.fresh(FIXTURE), StandardCharsets.UTF_8)
                .replace(
                        "<edXML:BussinessDocType>0</edXML:BussinessDocType>",
                        "<edXML:DocumentId>" + target + "</edXML:DocumentId>\n" + "<edXML:BussinessDocType>" + type
                                + "</edXML:BussinessDocType>")
                .replace(
                        "Văn bản điện tử mới</edXML:BussinessDocReason>",
                        reason + "</edXML:BussinessDocReason>" + more);
        assertThat(changed).contains("<edXML:BussinessDocType>" + type);
        return changed;
    }

    private static String documentIdOf(byte[] packet) {
        String text = new String(packet, StandardCharsets.UTF_8);
        int start = text.indexOf("<edXML:DocumentId>") + "<edXML:DocumentId>".length();
        return text.substring(start, text.indexOf('<', start));
    }

    private Sent send(byte[] packet) {
        Element acceptance = axis.sendDocument(packet);
        return new Sent(text(acceptance, "packetId"), text(acceptance, "documentId"));
    }

    @Test
    void anUpdateMayComeUnderItsOriginalsDocumentIdButNothingElseMay() {
        Sent original = send(Packets.signed(FIXTURE));
        byte[] updatePacket = Packets.signedByProvince(underDocumentId(
                changeText("2", "Cập nhật văn bản điện tử", original.documentId, REMOVE_PLEIKU), original.documentId));

        Sent update = send(updatePacket);

        assertThat(update.documentId).isEqualTo(original.documentId);
        assertThat(update.packetId).isNotEqualTo(original.packetId);
        assertThat(state(original, PLEIKU))
                .as("removed by the update before it pulled")
                .isEqualTo("CANCELLED");
        assertThat(send(updatePacket).packetId).as("the same update again").isEqualTo(update.packetId);
        byte[] otherDocument = Packets.signedByProvince(
                underDocumentId(new String(Packets.fresh(FIXTURE), StandardCharsets.UTF_8), original.documentId));
        assertThatThrownBy(() -> axis.sendDocument(otherDocument))
                .isInstanceOfSatisfying(SoapFault.class, f -> assertThat(f.code).isEqualTo("DOCUMENT_ID_REUSED"));
    }

    @Test
    void anUpdateUnderItsOriginalsDocumentIdMayArriveFirst() {
        byte[] originalPacket = Packets.signed(FIXTURE);
        String documentId = documentIdOf(originalPacket);
        Sent update = send(Packets.signedByProvince(
                underDocumentId(changeText("2", "Cập nhật văn bản điện tử", documentId, REMOVE_PLEIKU), documentId)));
        assertThat(state(update, HOME_AFFAIRS)).isEqualTo("HELD");

        Sent original = send(originalPacket);

        assertThat(original.packetId).isNotEqualTo(update.packetId);
        assertThat(state(update, HOME_AFFAIRS)).isEqualTo("WAITING");
        assertThat(state(original, PLEIKU)).isEqualTo("CANCELLED");
    }

    private List<String> pending(String organId) {
        return axis.getPendingDocuments(organId).stream()
                .map(p -> text(p, "packetId"))
                .toList();
    }

    private String state(Sent sent, String organId) {
        return AxisCalls.directText(recipient(sent, organId), "state");
    }

    private Element recipient(Sent sent, String organId) {
        return axis.recipientTrace(PROVINCE, sent.packetId, organId);
    }

    private record Sent(String packetId, String documentId) {}
}
