package vn.edoc.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.edoc.it.AxisCalls.text;
import static vn.edoc.it.Packets.HOME_AFFAIRS;
import static vn.edoc.it.Packets.PLEIKU;
import static vn.edoc.it.Packets.PROVINCE;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Element;
import vn.edoc.error.EdocException;
import vn.edoc.signature.Receipt;
import vn.edoc.signature.ReceiptVerifier;
import vn.edoc.signature.TrustConfiguration;

/** The axis's signed receipts, verified here offline with the axis certificate only. */
@ExtendWith(ArquillianExtension.class)
class ReceiptIT {
    private static final String BASE_URL = System.getProperty("edoc.it.base-url", "http://localhost:8080");
    private static final ReceiptVerifier VERIFIER = new ReceiptVerifier(axisCertificate());

    private final AxisCalls axis = new AxisCalls(BASE_URL);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return EdocDeployment.ear();
    }

    @Test
    void theSenderGetsASignedReceiptOfTheExactBytesAtOnceAndAgainWhenItResends() {
        byte[] packet = Packets.signed("province-to-department-and-city.edxml");

        Element acceptance = axis.sendDocument(packet);
        Receipt receipt = VERIFIER.verify(decode(text(acceptance, "receipt")));
        Element again = axis.sendDocument(packet);

        assertThat(receipt.kind()).isEqualTo(Receipt.Kind.ACCEPTED);
        assertThat(receipt.packetId()).isEqualTo(text(acceptance, "packetId"));
        assertThat(receipt.sha256()).isEqualTo(Packets.sha256(packet));
        assertThat(receipt.senderId()).isEqualTo(PROVINCE);
        assertThat(receipt.axis()).isEqualTo("edoc SAMPLE Gia Lai");
        assertThat(VERIFIER.verify(decode(text(again, "receipt")))).isEqualTo(receipt);
    }

    @Test
    void everyConfirmedDeliveryHasItsReceiptForTheSenderAndOnlyItsOwnForTheRecipient() {
        byte[] packet = Packets.signed("province-to-department-and-city.edxml");
        String packetId = text(axis.sendDocument(packet), "packetId");

        axis.confirmReceived(HOME_AFFAIRS, packetId, Packets.sha256(packet));
        axis.confirmReceived(HOME_AFFAIRS, packetId, Packets.sha256(packet)); // again: no second receipt

        List<Receipt> senders = receipts(PROVINCE, packetId);
        assertThat(senders)
                .extracting(r -> r.kind() + " " + r.recipientId())
                .containsExactly("ACCEPTED null", "DELIVERED " + HOME_AFFAIRS);
        assertThat(senders).allMatch(r -> r.sha256().equals(Packets.sha256(packet)));
        assertThat(receipts(HOME_AFFAIRS, packetId)).extracting(Receipt::kind).containsExactly(Receipt.Kind.DELIVERED);
        assertThat(receipts(PLEIKU, packetId)).as("Pleiku has not confirmed").isEmpty();
    }

    @Test
    void aChangedReceiptNoLongerVerifies() {
        Element acceptance = axis.sendDocument(Packets.signed("province-to-department-and-city.edxml"));
        String xml = new String(decode(text(acceptance, "receipt")), StandardCharsets.UTF_8);
        byte[] changed = xml.replace(">ACCEPTED<", ">DELIVERED<").getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> VERIFIER.verify(changed)).isInstanceOf(EdocException.class);
    }

    private List<Receipt> receipts(String organId, String packetId) {
        return axis.getReceipts(organId, packetId).stream()
                .map(r -> VERIFIER.verify(decode(text(r, "signedReceipt"))))
                .toList();
    }

    private static byte[] decode(String base64) {
        return Base64.getMimeDecoder().decode(base64);
    }

    private static X509Certificate axisCertificate() {
        try (InputStream in = ReceiptIT.class.getResourceAsStream("/sample-pki/axis/edoc-axis.pem")) {
            return TrustConfiguration.certificates(in).get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
