package vn.edoc.desk.boundary;

import java.time.LocalDate;
import java.util.List;
import vn.edoc.desk.control.AttachedFile;
import vn.edoc.exchange.boundary.PacketTrace;

/**
 * A received document as its page shows it: the header as the sender wrote it, the attachments and the office's own
 * trace (its copy's states and every status it sent).
 */
public record IncomingView(
        IncomingDocument row,
        String documentId,
        LocalDate promulgationDate,
        String signer,
        List<AttachedFile> attachments,
        PacketTrace.RecipientTrace trace,
        String vouchedBy,
        List<vn.edoc.error.Problem> warnings,
        List<PdfSignatureNote> pdfSignatures) {
    public IncomingView {
        attachments = List.copyOf(attachments);
        warnings = List.copyOf(warnings);
        pdfSignatures = List.copyOf(pdfSignatures);
    }
}
