package vn.edoc.exchange.control;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.edoc.error.EdocException;
import vn.edoc.error.ErrorCode;
import vn.edoc.signature.PdfAttachments.AttachedPdf;
import vn.edoc.signature.PdfCheck;
import vn.edoc.signature.PdfCheckResult;
import vn.edoc.signature.PdfSignatureReport;
import vn.edoc.signature.PdfVerification;
import vn.edoc.signature.StepResult;

/** A system that must send its PDFs signed: one PDF at least, every one validly signed. */
class PdfSignaturesRequiredTest {
    @Test
    void aValidlySignedPdfPasses() {
        assertThatCode(() -> PdfSignaturesRequired.check(List.of(pdf("a.pdf", signature(true)))))
                .doesNotThrowAnyException();
    }

    @Test
    void noPdfAtAllIsRefused() {
        assertRefused(List.of(), "-");
    }

    @Test
    void aPdfWithoutSignatureIsRefusedByName() {
        assertRefused(List.of(pdf("a.pdf", signature(true)), pdf("b.pdf")), "b.pdf");
    }

    @Test
    void aPdfWithAnInvalidSignatureIsRefusedByName() {
        assertRefused(List.of(pdf("c.pdf", signature(true), signature(false))), "c.pdf");
    }

    private static void assertRefused(List<AttachedPdf> pdfs, String named) {
        assertThatThrownBy(() -> PdfSignaturesRequired.check(pdfs)).isInstanceOfSatisfying(EdocException.class, e -> {
            org.assertj.core.api.Assertions.assertThat(e.code()).isEqualTo(ErrorCode.PDF_SIGNATURE_REQUIRED);
            org.assertj.core.api.Assertions.assertThat(e.message(java.util.Locale.forLanguageTag("vi")))
                    .contains(named);
        });
    }

    private static AttachedPdf pdf(String name, PdfSignatureReport... signatures) {
        return new AttachedPdf(0, name, new PdfVerification(List.of(signatures), null));
    }

    private static PdfSignatureReport signature(boolean valid) {
        List<PdfCheckResult> checks = valid
                ? List.of(new PdfCheckResult(PdfCheck.INTEGRITY, StepResult.Outcome.PASSED, null))
                : List.of(new PdfCheckResult(
                        PdfCheck.INTEGRITY, StepResult.Outcome.FAILED, ErrorCode.PDF_SIGNATURE_INVALID, 1, "value"));
        return new PdfSignatureReport(
                1, "Nguyễn Văn Mẫu", null, "000.00.00.H21", null, Instant.now(), null, true, false, checks);
    }
}
