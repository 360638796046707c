package vn.edoc.exchange.control;

import java.util.List;
import vn.edoc.error.Problem;
import vn.edoc.signature.PdfAttachments.AttachedPdf;

/**
 * A packet the intake read and found acceptable, with what the reader forgave in it (the warnings are recorded with
 * the packet and returned to its sender) and the signatures inside its PDF attachments, checked while the decoded
 * attachments existed.
 */
public record ReadPacket<T>(T packet, List<Problem> warnings, List<AttachedPdf> pdfs) {
    public ReadPacket {
        warnings = List.copyOf(warnings);
        pdfs = List.copyOf(pdfs);
    }
}
