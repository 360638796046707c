package vn.edoc.signature;

import java.util.ArrayList;
import java.util.List;
import vn.edoc.edxml.model.Attachment;
import vn.edoc.edxml.model.DocumentPacket;

/**
 * The PDF attachments of a packet and their signatures. A PDF is known by its first bytes, not its name or declared
 * type, and is found inside the national SDK's zip wrapping too (the reader has taken the zip off). The packet's
 * decoded attachments must still exist: call it while the {@code ReadResult} is open.
 */
public final class PdfAttachments {
    /**
     * One PDF attachment's signatures.
     *
     * @param index the attachment's place in the packet, 0 for the first
     */
    public record AttachedPdf(int index, String name, PdfVerification verification) {}

    private PdfAttachments() {}

    public static List<AttachedPdf> verify(DocumentPacket packet, PdfSignatureVerifier verifier) {
        List<AttachedPdf> found = new ArrayList<>();
        List<Attachment> attachments = packet.attachments();
        for (int i = 0; i < attachments.size(); i++) {
            Attachment attachment = attachments.get(i);
            if (PdfSignatureVerifier.isPdf(attachment.content().file())) {
                String name = attachment.attachmentName() == null ? "#" + (i + 1) : attachment.attachmentName();
                found.add(new AttachedPdf(
                        i, name, verifier.verify(attachment.content().file(), name)));
            }
        }
        return found;
    }
}
