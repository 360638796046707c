package vn.edoc.it;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edoc.it.AxisCalls.children;
import static vn.edoc.it.AxisCalls.text;
import static vn.edoc.it.Packets.AN_KHE;
import static vn.edoc.it.Packets.HOME_AFFAIRS;
import static vn.edoc.it.Packets.PLEIKU;
import static vn.edoc.it.Packets.PROVINCE;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Element;

/**
 * Status packets through the axis: the province sends a decision to Sở Nội vụ and Pleiku; each reports its progress
 * with sealed status packets, which the province pulls like documents and sees on each recipient's timeline.
 */
@ExtendWith(ArquillianExtension.class)
class StatusFlowIT {
    private static final String BASE_URL = System.getProperty("edoc.it.base-url", "http://localhost:8080");

    private final AxisCalls axis = new AxisCalls(BASE_URL);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return EdocDeployment.ear();
    }

    @Test
    void aRecipientGoesFromArrivedToDoneAndTheSenderPullsEveryStatus() {
        Sent sent = send();

        List<String> statusPackets = List.of("01", "03", "04", "05", "06").stream()
                .map(code -> report(HOME_AFFAIRS, sent, code, "Bước " + code))
                .toList();

        Element home = recipient(sent, HOME_AFFAIRS);
        assertThat(text(home, "progress")).isEqualTo("06");
        assertThat(children(home, "status"))
                .extracting(s -> text(s, "code") + " " + text(s, "statusPacketId"))
                .containsExactly(
                        "01 " + statusPackets.get(0),
                        "03 " + statusPackets.get(1),
                        "04 " + statusPackets.get(2),
                        "05 " + statusPackets.get(3),
                        "06 " + statusPackets.get(4));
        assertThat(children(recipient(sent, PLEIKU), "status")).isEmpty();
        List<Element> pending = axis.getPendingDocuments(PROVINCE);
        assertThat(pending.stream()
                        .filter(p -> statusPackets.contains(text(p, "packetId")))
                        .map(p -> text(p, "kind") + " " + text(p, "senderId")))
                .hasSize(5)
                .allMatch(k -> k.equals("STATUS " + HOME_AFFAIRS));
    }

    @Test
    void aRefusalCarriesItsReasonAndEndsTheLine() {
        Sent sent = send();

        report(PLEIKU, sent, "02", "Không đúng thẩm quyền giải quyết");

        Element pleiku = recipient(sent, PLEIKU);
        assertThat(text(pleiku, "progress")).isEqualTo("02");
        assertThat(text(children(pleiku, "status").get(0), "description"))
                .isEqualTo("Không đúng thẩm quyền giải quyết");
        assertThat(refused(StatusPackets.status(PLEIKU, PROVINCE, sent.documentId, "03", null)).code)
                .isEqualTo("STATUS_TRANSITION_ILLEGAL");
    }

    @Test
    void everyIllegalStatusIsRefusedWithACodeAndRecordsNothing() {
        Sent sent = send();
        String doc = sent.documentId;

        assertThat(refused(StatusPackets.status(HOME_AFFAIRS, PROVINCE, doc, "06", null)).code)
                .as("06 before 03")
                .isEqualTo("STATUS_TRANSITION_ILLEGAL");
        assertThat(refused(StatusPackets.status(HOME_AFFAIRS, PROVINCE, doc, "04", null)).code)
                .as("04 before 03")
                .isEqualTo("STATUS_TRANSITION_ILLEGAL");
        assertThat(refused(StatusPackets.status(HOME_AFFAIRS, PROVINCE, doc, "15", null)).code)
                .as("15 answers nothing")
                .isEqualTo("STATUS_TRANSITION_ILLEGAL");
        SoapFault noReason = refused(StatusPackets.status(HOME_AFFAIRS, PROVINCE, doc, "02", null));
        assertThat(noReason.code).as("02 without its reason").isEqualTo("FIELD_REQUIRED");
        assertThat(noReason.path).endsWith("/Description");
        assertThat(refused(StatusPackets.status(AN_KHE, PROVINCE, doc, "03", null)).code)
                .as("An Khê is not a recipient")
                .isEqualTo("STATUS_NOT_PARTY");
        assertThat(refused(StatusPackets.status(HOME_AFFAIRS, PROVINCE, doc, "13", null)).code)
                .as("only the sender recalls")
                .isEqualTo("STATUS_NOT_PARTY");
        assertThat(refused(StatusPackets.status(HOME_AFFAIRS, PROVINCE, doc + "9", "03", null)).code)
                .isEqualTo("ORIGINAL_NOT_FOUND");
        report(HOME_AFFAIRS, sent, "03", null);
        assertThat(refused(StatusPackets.status(HOME_AFFAIRS, PROVINCE, doc, "03", "lần hai")).code)
                .as("03 twice")
                .isEqualTo("STATUS_TRANSITION_ILLEGAL");
        assertThat(refused(StatusPackets.status(HOME_AFFAIRS, PROVINCE, doc, "01", null)).code)
                .as("01 after 03")
                .isEqualTo("STATUS_TRANSITION_ILLEGAL");
        assertThat(children(recipient(sent, HOME_AFFAIRS), "status")).hasSize(1);
    }

    @Test
    void theSameStatusBytesTwiceAnswerTheFirstAcceptance() {
        Sent sent = send();
        byte[] registered = StatusPackets.status(HOME_AFFAIRS, PROVINCE, sent.documentId, "03", null);

        String first = text(axis.sendStatus(registered), "packetId");
        Map<String, Long> before = Rows.ofExchange();
        String again = text(axis.sendStatus(registered), "packetId");

        assertThat(again).isEqualTo(first);
        assertThat(Rows.ofExchange()).isEqualTo(before);
    }

    @Test
    void aRecallReachesTheRecipientsAndAnAcceptedOneWithdrawsTheCopy() {
        Sent sent = send();
        report(HOME_AFFAIRS, sent, "06", null, "03");

        String recall = text(
                axis.sendStatus(StatusPackets.status(PROVINCE, PROVINCE, sent.documentId, "13", "Gửi nhầm")),
                "packetId");

        // Sở Nội vụ finished: only Pleiku is asked
        assertThat(text(recipient(sent, PLEIKU), "changePending")).isEqualTo("RECALL");
        assertThat(text(recipient(sent, HOME_AFFAIRS), "changePending")).isNull();
        assertThat(axis.getPendingDocuments(PLEIKU))
                .extracting(p -> text(p, "packetId"))
                .contains(recall);
        assertThat(axis.getPendingDocuments(HOME_AFFAIRS))
                .extracting(p -> text(p, "packetId"))
                .doesNotContain(recall);

        report(PLEIKU, sent, "15", "Đồng ý thu hồi");

        Element pleiku = recipient(sent, PLEIKU);
        assertThat(text(pleiku, "withdrawn")).isEqualTo("true");
        assertThat(text(pleiku, "changePending")).isNull();
        assertThat(refused(StatusPackets.status(PLEIKU, PROVINCE, sent.documentId, "03", null)).code)
                .as("a withdrawn copy takes no status")
                .isEqualTo("STATUS_TRANSITION_ILLEGAL");
    }

    @Test
    void aDocumentPastItsDueDateIsOverdueUntilTheRecipientFinishesIt() {
        // three days ago, whatever today is: the case does not expire with the calendar
        java.time.LocalDate dueDate =
                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(3);
        String day = dueDate.toString();
        String due = new String(Packets.fresh("province-to-department-and-city.edxml"), StandardCharsets.UTF_8)
                .replace(
                        "</edXML:SignerInfo>",
                        "</edXML:SignerInfo>\n<edXML:DueDate>" + day.replace('-', '/') + "</edXML:DueDate>");
        byte[] packet = Packets.signedByProvince(due);
        Element acceptance = axis.sendDocument(packet);
        Sent sent = new Sent(text(acceptance, "packetId"), text(acceptance, "documentId"));

        report(HOME_AFFAIRS, sent, "05", null, "03");

        assertThat(overdue(HOME_AFFAIRS, sent)).containsExactly(HOME_AFFAIRS + " " + day + " 05 false");
        assertThat(overdue(PROVINCE, sent))
                .containsExactlyInAnyOrder(HOME_AFFAIRS + " " + day + " 05 true", PLEIKU + " " + day + " null true");

        report(HOME_AFFAIRS, sent, "06", null);

        assertThat(overdue(HOME_AFFAIRS, sent)).isEmpty();
        assertThat(overdue(PROVINCE, sent)).containsExactly(PLEIKU + " " + day + " null true");
    }

    private List<String> overdue(String organId, Sent sent) {
        return axis.getOverdueDocuments(organId).stream()
                .filter(o -> text(o, "packetId").equals(sent.packetId))
                .map(o -> text(o, "recipientId") + " " + text(o, "dueDate") + " " + text(o, "progress") + " "
                        + text(o, "asSender"))
                .toList();
    }

    /** Reports statuses in order ({@code first} ones, then {@code code}); the last status packet's id. */
    private String report(String from, Sent sent, String code, String description, String... first) {
        for (String earlier : first) {
            axis.sendStatus(StatusPackets.status(from, PROVINCE, sent.documentId, earlier, null));
        }
        Element acceptance = axis.sendStatus(StatusPackets.status(from, PROVINCE, sent.documentId, code, description));
        assertThat(children(acceptance, "recipient"))
                .extracting(r -> text(r, "organId"))
                .containsExactly(PROVINCE);
        return text(acceptance, "packetId");
    }

    private SoapFault refused(byte[] status) {
        Map<String, Long> before = Rows.ofExchange();
        SoapFault fault = null;
        try {
            axis.sendStatus(status);
        } catch (SoapFault refused) {
            fault = refused;
        }
        assertThat(fault).as("a fault").isNotNull();
        assertThat(fault.messageVi).isNotBlank().isNotEqualTo(fault.messageEn);
        assertThat(Rows.ofExchange()).as("nothing stored").isEqualTo(before);
        return fault;
    }

    private Element recipient(Sent sent, String organId) {
        return axis.recipientTrace(PROVINCE, sent.packetId, organId);
    }

    private Sent send() {
        Element acceptance = axis.sendDocument(Packets.signed("province-to-department-and-city.edxml"));
        return new Sent(text(acceptance, "packetId"), text(acceptance, "documentId"));
    }

    private record Sent(String packetId, String documentId) {}
}
