package vn.edoc.exchange.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.edoc.error.ErrorCode;
import vn.edoc.signature.PdfAttachments.AttachedPdf;
import vn.edoc.signature.PdfCheck;
import vn.edoc.signature.PdfCheckResult;
import vn.edoc.signature.PdfSignatureReport;
import vn.edoc.signature.PdfVerification;
import vn.edoc.signature.StepResult;

/**
 * One signature found inside a PDF attachment when the packet was accepted, as the verifier judged it then; a PDF
 * without a signature, or one that could not be read, is one such row with signature number 0. Its line for a
 * person ("Ký bởi ..., lúc ..., hợp lệ") is made again by the verifier's own report, in either language.
 */
@Embeddable
public class PdfSignatureFound {
    @Column(name = "attachment_no", nullable = false, updatable = false)
    private int attachment;

    @Column(name = "attachment_name", nullable = false, updatable = false, length = 255)
    private String attachmentName;

    @Column(name = "signature_no", nullable = false, updatable = false)
    private int signature;

    @Column(name = "signer_name", updatable = false, length = 200)
    private String signerName;

    @Column(name = "office_code", updatable = false, length = 35)
    private String officeCode;

    @Column(name = "signed_at", updatable = false)
    private Instant signedAt;

    @Column(name = "time_stamped", nullable = false, updatable = false)
    private boolean timeStamped;

    @Column(name = "covers_whole", nullable = false, updatable = false)
    private boolean coversWhole;

    @Column(name = "code", updatable = false, length = 40)
    private String code;

    @Column(name = "arguments", updatable = false, length = 2000)
    private String arguments;

    protected PdfSignatureFound() {
        // for JPA
    }

    /** The rows of one PDF attachment. */
    public static List<PdfSignatureFound> of(AttachedPdf pdf) {
        List<PdfSignatureFound> rows = new ArrayList<>();
        PdfVerification verification = pdf.verification();
        if (verification.unreadable() != null || verification.signatures().isEmpty()) {
            PdfSignatureFound row = new PdfSignatureFound();
            row.fill(pdf, 0);
            if (verification.unreadable() != null) {
                row.failed(verification.unreadable());
            }
            rows.add(row);
            return rows;
        }
        for (PdfSignatureReport report : verification.signatures()) {
            PdfSignatureFound row = new PdfSignatureFound();
            row.fill(pdf, report.index());
            row.signerName = MessageValues.cut(report.signerName(), 200);
            row.officeCode = report.officeCode();
            row.signedAt = report.shownTime();
            row.timeStamped = report.timestampedAt() != null;
            row.coversWhole = report.coversWholeFile();
            report.firstFailure().ifPresent(row::failed);
            rows.add(row);
        }
        return rows;
    }

    private void fill(AttachedPdf pdf, int number) {
        attachment = pdf.index();
        attachmentName = MessageValues.cut(pdf.name(), 255);
        signature = number;
    }

    private void failed(PdfCheckResult check) {
        code = check.code().name();
        arguments = MessageValues.join(check.arguments(), 300);
    }

    public int attachment() {
        return attachment;
    }

    public String attachmentName() {
        return attachmentName;
    }

    /** Whether this row is a signature found valid when the packet was accepted. */
    public boolean isValidSignature() {
        return signature > 0 && code == null;
    }

    /** The line for a person: who signed, when, valid or why not; or that the PDF has no signature or is unreadable. */
    public String summary(Locale locale) {
        if (signature == 0 && code == null) {
            return "vi".equals(locale.getLanguage()) ? "Không có chữ ký số trong tệp PDF" : "No signature in the PDF";
        }
        if (signature == 0) {
            return failure().message(locale);
        }
        List<PdfCheckResult> checks = code == null ? List.of() : List.of(failure());
        return new PdfSignatureReport(
                        signature,
                        signerName,
                        null,
                        officeCode,
                        null,
                        signedAt,
                        timeStamped ? signedAt : null,
                        coversWhole,
                        false,
                        checks)
                .summary(locale);
    }

    private PdfCheckResult failure() {
        return new PdfCheckResult(
                PdfCheck.READABLE, StepResult.Outcome.FAILED, ErrorCode.valueOf(code), MessageValues.split(arguments));
    }
}
