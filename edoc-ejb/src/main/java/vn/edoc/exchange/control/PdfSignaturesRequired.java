package vn.edoc.exchange.control;

import java.util.List;
import java.util.Locale;
import vn.edoc.error.EdocException;
import vn.edoc.error.ErrorCode;
import vn.edoc.signature.PdfAttachments.AttachedPdf;

/**
 * The rule for a connected system that must send its documents signed inside the PDF (PdfSignaturePolicy REQUIRED): the
 * packet carries at least one PDF attachment, and every PDF attachment is read, signed, and every signature in it is
 * valid. Anything else is refused with {@code PDF_SIGNATURE_REQUIRED}, naming the attachment and why.
 */
public final class PdfSignaturesRequired {
    private static final String ATTACHMENTS = "/edXML/AttachmentEncoded";

    private PdfSignaturesRequired() {}

    public static void check(List<AttachedPdf> pdfs) {
        if (pdfs.isEmpty()) {
            throw new EdocException(ErrorCode.PDF_SIGNATURE_REQUIRED, ATTACHMENTS, "-", "no PDF attachment");
        }
        for (AttachedPdf pdf : pdfs) {
            if (!pdf.verification().isValidlySigned()) {
                String why = String.join("; ", pdf.verification().summaries(Locale.ENGLISH));
                throw new EdocException(ErrorCode.PDF_SIGNATURE_REQUIRED, ATTACHMENTS, pdf.name(), why);
            }
        }
    }
}
