package vn.edoc.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.edoc.error.EdocException;
import vn.edoc.error.ErrorCode;

class ReceiptTest {
    private static final SigningKey AXIS = SamplePki.key("axis/edoc-axis.p12");
    private static final Receipt ACCEPTED = new Receipt(
            "7d3c1a52-0f1e-4a8b-9c55-1f6f3f0c2b11",
            Receipt.Kind.ACCEPTED,
            "edoc Gia Lai",
            "0b5f2c8e-3a47-4e0d-8f6a-92c1d3e4f5a6",
            "000.00.00.H21,2026/11/27,123/QĐ-UBND",
            "000.00.00.H21",
            null,
            "3f2a9c0d4e5b6a7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f7",
            Instant.parse("2026-11-27T03:15:00.123Z"));

    private final byte[] signed = new ReceiptSigner(AXIS).sign(ACCEPTED);

    @Test
    void aSignedReceiptVerifiesOfflineWithTheAxisCertificate() {
        Receipt verified = new ReceiptVerifier(AXIS.certificate()).verify(signed);

        assertThat(verified).isEqualTo(ACCEPTED);
    }

    @Test
    void aChangedFieldIsDetected() {
        String text = new String(signed, StandardCharsets.UTF_8);
        byte[] changed = text.replace("3f2a9c0d", "0f2a9c0d").getBytes(StandardCharsets.UTF_8);

        assertRefused(changed, AXIS);
    }

    @Test
    void anotherKeysCertificateDoesNotVerifyIt() {
        assertRefused(signed, SamplePki.office("000.00.00.H21"));
    }

    @Test
    void aReceiptSignedByAnotherKeyIsRefusedEvenWithItsOwnCertificateInside() {
        byte[] forged = new ReceiptSigner(SamplePki.office("000.00.00.H21")).sign(ACCEPTED);

        assertRefused(forged, AXIS);
    }

    @Test
    void aSecondReceiptWrappedAroundTheSignatureIsRefused() {
        String text = new String(signed, StandardCharsets.UTF_8);
        String wrapped = text.replaceFirst(
                "<receipt ", "<receipt xmlns=\"urn:vn:edoc:receipt:v1\"><kind>DELIVERED</kind></receipt><x ");

        assertThatThrownBy(
                        () -> new ReceiptVerifier(AXIS.certificate()).verify(wrapped.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(EdocException.class);
    }

    private static void assertRefused(byte[] receipt, SigningKey key) {
        assertThatThrownBy(() -> new ReceiptVerifier(key.certificate()).verify(receipt))
                .isInstanceOfSatisfying(
                        EdocException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.RECEIPT_INVALID));
    }
}
