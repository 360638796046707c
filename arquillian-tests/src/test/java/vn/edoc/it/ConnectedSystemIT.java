package vn.edoc.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.edoc.it.AxisCalls.text;
import static vn.edoc.it.Packets.PROVINCE;

import java.util.Map;
import java.util.function.Consumer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Connected systems: every call is authenticated by the system's UsernameToken, a system acts for and reads only the
 * offices it is registered for, and keeps to its rate. Every refusal is a coded fault that changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
class ConnectedSystemIT {
    private static final String BASE_URL = System.getProperty("edoc.it.base-url", "http://localhost:8080");
    // the district of Đak Đoa (sample seals for the district and two of its communes); no other test uses it
    private static final String DISTRICT = "000.00.46.H21";
    private static final String COMMUNE = "000.01.46.H21";
    private static final String OTHER_COMMUNE = "000.02.46.H21";
    private static final String OUTSIDE = "000.02.50.H21";

    private final AxisCalls province = new AxisCalls(BASE_URL);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return EdocDeployment.ear();
    }

    @Test
    void refusesACallWithoutValidCredentialsAndStoresNothing() {
        byte[] packet = Packets.signedByProvinceTo(COMMUNE);
        String secret = TestSystems.register(BASE_URL, "it-credentials-dms", "\"*\"", 1000, null);
        Map<String, Long> before = Rows.ofExchange();

        assertRefused(
                () -> new AxisCalls(BASE_URL, null, null).sendDocument(packet), "AUTHENTICATION_REQUIRED", f -> {});
        assertRefused(
                () -> new AxisCalls(BASE_URL, "it-credentials-dms", secret + "x").sendDocument(packet),
                "AUTHENTICATION_FAILED",
                f -> assertThat(f.messageVi).isEqualTo("Không có hệ thống kết nối nào có mã và khóa bí mật này."));
        assertRefused(
                () -> new AxisCalls(BASE_URL, "it-nobody", secret).getPendingDocuments(COMMUNE),
                "AUTHENTICATION_FAILED",
                f -> {});

        assertThat(Rows.ofExchange()).isEqualTo(before);
        assertThat(new AxisCalls(BASE_URL, "it-credentials-dms", secret).getPendingDocuments(OUTSIDE))
                .isNotNull();
    }

    @Test
    void aSystemActsOnlyForTheOfficesItIsRegisteredFor() {
        String secret = TestSystems.register(BASE_URL, "it-dak-doa-dms", "\"" + DISTRICT + "/**\"", 1000, null);
        AxisCalls district = new AxisCalls(BASE_URL, "it-dak-doa-dms", secret);
        Sent sent = sentToCommune();

        // its own commune: list, fetch, confirm, report
        assertThat(district.getPendingDocuments(COMMUNE))
                .extracting(d -> text(d, "packetId"))
                .contains(sent.packetId);
        district.confirmReceived(COMMUNE, sent.packetId, text(district.getDocument(COMMUNE, sent.packetId), "sha256"));
        district.sendStatus(StatusPackets.status(COMMUNE, PROVINCE, sent.documentId, "03", null));
        assertThat(text(province.recipientTrace(PROVINCE, sent.packetId, COMMUNE), "progress"))
                .isEqualTo("03");

        Map<String, Long> before = Rows.ofExchange();
        String notAuthorized = "OFFICE_NOT_AUTHORIZED";
        assertRefused(() -> district.getPendingDocuments(OUTSIDE), notAuthorized, f -> {
            assertThat(f.path).isEqualTo("organId");
            assertThat(f.messageEn).contains("it-dak-doa-dms").contains(OUTSIDE);
        });
        assertRefused(() -> district.getTraces(PROVINCE, sent.packetId), notAuthorized, f -> {});
        assertRefused(() -> district.getDocument(PROVINCE, sent.packetId), notAuthorized, f -> {});
        assertRefused(() -> district.getReceipts(PROVINCE, sent.packetId), notAuthorized, f -> {});
        assertRefused(() -> district.confirmReceived(OUTSIDE, sent.packetId, "0".repeat(64)), notAuthorized, f -> {});
        assertRefused(
                () -> district.sendDocument(Packets.signedByProvinceTo(COMMUNE)),
                notAuthorized,
                f -> assertThat(f.path).isEqualTo("/edXML/edXMLEnvelope/edXMLHeader/MessageHeader/From/OrganId"));
        assertRefused(
                () -> district.sendStatus(
                        StatusPackets.status(Packets.HOME_AFFAIRS, PROVINCE, sent.documentId, "03", null)),
                notAuthorized,
                f -> {});
        // an office in its scope that is not a party to the packet reads nothing of it
        assertRefused(() -> district.getDocument(OTHER_COMMUNE, sent.packetId), "PACKET_NOT_FOUND", f -> {});
        assertThat(Rows.ofExchange()).isEqualTo(before);
    }

    @Test
    void aDisabledSystemIsRefusedAndANewSecretReplacesTheOld() {
        String first = TestSystems.register(BASE_URL, "it-rotating-dms", "\"" + COMMUNE + "\"", 1000, null);
        assertThat(new AxisCalls(BASE_URL, "it-rotating-dms", first).getPendingDocuments(COMMUNE))
                .isNotNull();

        String second = TestSystems.register(BASE_URL, "it-rotating-dms", "\"" + COMMUNE + "\"", 1000, "DISABLED");
        assertRefused(
                () -> new AxisCalls(BASE_URL, "it-rotating-dms", second).getPendingDocuments(COMMUNE),
                "SYSTEM_DISABLED",
                f -> {});

        String third = TestSystems.register(BASE_URL, "it-rotating-dms", "\"" + COMMUNE + "\"", 1000, "ACTIVE");
        assertRefused(
                () -> new AxisCalls(BASE_URL, "it-rotating-dms", second).getPendingDocuments(COMMUNE),
                "AUTHENTICATION_FAILED",
                f -> {});
        assertThat(new AxisCalls(BASE_URL, "it-rotating-dms", third).getPendingDocuments(COMMUNE))
                .isNotNull();
        OperatorApi.Answer listed = new OperatorApi(BASE_URL).get("systems/it-rotating-dms");
        assertThat(listed.body()).contains("\"state\":\"ACTIVE\"").doesNotContain(third);
    }

    @Test
    void aSystemKeepsToItsRate() {
        String secret = TestSystems.register(BASE_URL, "it-hasty-dms", "\"" + COMMUNE + "\"", 3, null);
        AxisCalls hasty = new AxisCalls(BASE_URL, "it-hasty-dms", secret);
        for (int call = 0; call < 3; call++) {
            hasty.getOverdueDocuments(COMMUNE);
        }

        assertRefused(() -> hasty.getOverdueDocuments(COMMUNE), "RATE_LIMITED", f -> {
            assertThat(f.messageEn).contains("more than 3 calls per minute").contains("seconds");
            assertThat(f.messageVi).contains("giây");
        });
    }

    @Test
    void operatorsRefuseABadRegistrationWithItsCode() {
        OperatorApi operator = new OperatorApi(BASE_URL);

        assertThat(operator.postJson("systems", "{\"systemId\":\"it bad id\",\"name\":\"x\",\"scopes\":[\"*\"]}")
                        .body())
                .contains("REQUEST_INVALID")
                .contains("systemId");
        assertThat(operator.postJson("systems", "{\"systemId\":\"it-no-scope\",\"name\":\"x\",\"scopes\":[]}")
                        .body())
                .contains("scopes");
        assertThat(operator.postJson("systems", "{\"systemId\":\"it-bad-scope\",\"name\":\"x\",\"scopes\":[\"a/b\"]}")
                        .status())
                .isEqualTo(400);
        assertThat(operator.postJson("systems/it-ghost/secret", "").body()).contains("SYSTEM_NOT_FOUND");
        assertThat(operator.get("systems").body()).doesNotContain("it-no-scope").doesNotContain("secretSha256");
    }

    private record Sent(String packetId, String documentId) {}

    private Sent sentToCommune() {
        var acceptance = province.sendDocument(Packets.signedByProvinceTo(COMMUNE));
        return new Sent(text(acceptance, "packetId"), text(acceptance, "documentId"));
    }

    private static void assertRefused(ThrowingCallable call, String code, Consumer<SoapFault> more) {
        assertThatThrownBy(call).isInstanceOfSatisfying(SoapFault.class, f -> {
            assertThat(f.code).isEqualTo(code);
            assertThat(f.faultCode).endsWith(":Client." + code);
            assertThat(f.messageVi).isNotBlank();
            assertThat(f.messageEn).isNotBlank();
            more.accept(f);
        });
    }
}
