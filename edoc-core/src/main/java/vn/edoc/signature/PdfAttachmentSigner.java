package vn.edoc.signature;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.edoc.edxml.Sha256;
import vn.edoc.edxml.model.Attachment;
import vn.edoc.edxml.model.AttachmentContent;
import vn.edoc.edxml.model.DocumentPacket;
import vn.edoc.edxml.read.EdxmlReader;
import vn.edoc.edxml.read.ReadLimits;
import vn.edoc.edxml.read.ReadResult;
import vn.edoc.edxml.write.EdxmlWriter;

/**
 * Signs every PDF attachment of an unsigned packet inside the PDF (the signature that binds by law), then writes the
 * packet again around the signed files, ready for its envelope signatures. A packet without a PDF comes back as it
 * was. Only for packets the axis wrote itself (the desk's drafts): a packet written by another system is never
 * rewritten.
 */
public final class PdfAttachmentSigner {
    private final ReadLimits limits;

    public PdfAttachmentSigner(ReadLimits limits) {
        this.limits = limits;
    }

    public byte[] sign(byte[] packet, SigningKey key, PdfSigner.Request request) throws IOException {
        List<Path> signedFiles = new ArrayList<>();
        try (ReadResult read = new EdxmlReader(limits).read(packet)) {
            DocumentPacket document = read.validDocument();
            List<Attachment> attachments = new ArrayList<>();
            boolean anyPdf = false;
            for (Attachment attachment : document.attachments()) {
                AttachmentContent content = attachment.content();
                if (!PdfSignatureVerifier.isPdf(content.file())) {
                    attachments.add(attachment);
                    continue;
                }
                anyPdf = true;
                Path signed = limits.temporaryDirectory() == null
                        ? Files.createTempFile("edoc-signed-", ".pdf")
                        : Files.createTempFile(limits.temporaryDirectory(), "edoc-signed-", ".pdf");
                signedFiles.add(signed);
                new PdfSigner().sign(content.file(), signed, key, request);
                attachments.add(new Attachment(
                        attachment.contentId(),
                        attachment.attachmentName(),
                        attachment.description(),
                        attachment.contentType(),
                        new AttachmentContent(signed, Files.size(signed), Sha256.of(signed), content.zipWrapped())));
            }
            if (!anyPdf) {
                return packet;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(packet.length + 32 * 1024);
            new EdxmlWriter()
                    .write(
                            new DocumentPacket(
                                    document.header(), document.traceHeaderList(), document.manifest(), attachments),
                            out);
            return out.toByteArray();
        } finally {
            for (Path file : signedFiles) {
                Files.deleteIfExists(file);
            }
        }
    }
}
