package vn.edoc.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The signatures inside a packet's PDF attachment are checked and recorded when the axis accepts it, never a reason to
 * refuse by default; a system that must send them valid is refused for a PDF without one, and nothing is stored.
 */
@ExtendWith(ArquillianExtension.class)
class PdfSignaturesIT {
    private static final String BASE_URL = System.getProperty("edoc.it.base-url", "http://localhost:8080");

    // UBND xã Ia Phí (Chư Păh): no other test sends to it
    private static final String OFFICE = "000.05.46.H21";

    private final AxisCalls axis = new AxisCalls(BASE_URL);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return EdocDeployment.ear();
    }

    @Test
    void theLeadersSignatureAndTheSealInThePdfAreRecordedAtAcceptance() {
        Map<String, Long> before = Rows.ofExchange();

        String packetId = AxisCalls.text(axis.sendDocument(SignedPdfs.packetWithSignedPdfTo(OFFICE)), "packetId");

        assertThat(packetId).isNotNull();
        assertThat(Rows.ofExchange().get("pdf_signature") - before.get("pdf_signature"))
                .as("a row for the leader's signature, one for the seal")
                .isEqualTo(2);
    }

    @Test
    void aPdfWithoutSignatureIsAcceptedByDefaultAndRecordedAsUnsigned() {
        Map<String, Long> before = Rows.ofExchange();

        axis.sendDocument(SignedPdfs.packetWithUnsignedPdfTo(OFFICE));

        assertThat(Rows.ofExchange().get("pdf_signature") - before.get("pdf_signature"))
                .isEqualTo(1);
    }

    @Test
    void aSystemThatMustSendSignedPdfsIsRefusedForAnUnsignedOneAndNothingIsStored() {
        String secret = TestSystems.registerRequiringPdfSignatures(
                BASE_URL, "it-pdf-signed-dms", "\"" + Packets.PROVINCE + "\"");
        AxisCalls required = new AxisCalls(BASE_URL, "it-pdf-signed-dms", secret);
        Map<String, Long> before = Rows.ofExchange();

        assertThatThrownBy(() -> required.sendDocument(SignedPdfs.packetWithUnsignedPdfTo(OFFICE)))
                .isInstanceOfSatisfying(SoapFault.class, fault -> {
                    assertThat(fault.code).isEqualTo("PDF_SIGNATURE_REQUIRED");
                    assertThat(fault.messageVi).contains("quyet-dinh-123.pdf", "không có chữ ký số hợp lệ");
                });
        assertThatThrownBy(() -> required.sendDocument(Packets.signedByProvinceTo(OFFICE)))
                .as("a packet with no PDF at all")
                .isInstanceOfSatisfying(
                        SoapFault.class, fault -> assertThat(fault.code).isEqualTo("PDF_SIGNATURE_REQUIRED"));
        assertThat(Rows.ofExchange()).as("nothing stored").isEqualTo(before);

        assertThat(AxisCalls.text(required.sendDocument(SignedPdfs.packetWithSignedPdfTo(OFFICE)), "packetId"))
                .isNotNull();
    }
}
