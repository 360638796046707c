package vn.edoc.signature;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.edoc.edxml.model.Attachment;
import vn.edoc.edxml.model.DocumentPacket;
import vn.edoc.error.ErrorCode;
import vn.edoc.signature.PdfAttachments.AttachedPdf;

/**
 * The step {@link VerificationStep#CONTENT_IN_PDF}: what a leader's envelope signature in the content-in-PDF form left
 * out, the attachments' bytes, must be covered by that leader inside each file. Every attachment must be a PDF with a
 * signature of the very certificate that signed the envelope, valid by every check of {@link PdfSignatureVerifier}
 * (integrity, no page changed after it, chain, usage, revocation): a later seal passes, a swapped or edited file does
 * not, nor a file signed by somebody else.
 */
final class ContentInPdf {
    private static final Locale MESSAGES = Locale.forLanguageTag("vi");

    private ContentInPdf() {}

    /** Null when passed; a failure naming the first attachment that is not so signed, and why. */
    static StepResult check(X509Certificate leader, DocumentPacket document, List<AttachedPdf> pdfs) {
        String fingerprint = CertificateChecks.fingerprint(leader);
        List<Attachment> attachments = document.attachments();
        for (int i = 0; i < attachments.size(); i++) {
            String name = attachments.get(i).attachmentName() == null
                    ? "#" + (i + 1)
                    : attachments.get(i).attachmentName();
            String why = notSigned(i, fingerprint, pdfs);
            if (why != null) {
                return StepResult.failed(
                        VerificationStep.CONTENT_IN_PDF,
                        SignatureRole.SIGNER,
                        ErrorCode.CONTENT_NOT_SIGNED_IN_PDF,
                        name,
                        why);
            }
        }
        return null;
    }

    private static String notSigned(int index, String fingerprint, List<AttachedPdf> pdfs) {
        Optional<AttachedPdf> pdf =
                pdfs.stream().filter(p -> p.index() == index).findFirst();
        if (pdf.isEmpty()) {
            return "không phải PDF / not a PDF";
        }
        PdfVerification verification = pdf.get().verification();
        if (verification.unreadable() != null) {
            return verification.unreadable().message(MESSAGES);
        }
        Optional<PdfSignatureReport> leaders = verification.signatures().stream()
                .filter(s -> fingerprint != null && fingerprint.equals(s.certificateSha256()))
                .findFirst();
        if (leaders.isEmpty()) {
            return "không có chữ ký của người ký này / no signature of this signer";
        }
        return leaders.get().firstFailure().map(f -> f.message(MESSAGES)).orElse(null);
    }
}
