package vn.edoc.signature;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import vn.edoc.edxml.Edxml;
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

    /**
     * Adds a signature (the agency's seal) to every PDF attachment of a packet its leader signed already in the
     * content-in-PDF form ({@link SignerCoverage#CONTENT_IN_PDF}), as a later revision of each file, and puts the
     * sealed files in place of the old ones without touching anything else of the packet: the leader's envelope
     * signature, which leaves the attachments' content to the PDFs, stays valid, and so does the leader's signature in
     * each PDF (a revision that adds a signature changes no page). The envelope's agency signature comes after.
     */
    public byte[] sealSigned(byte[] packet, SigningKey key, PdfSigner.Request request) throws IOException {
        List<Path> sealedFiles = new ArrayList<>();
        try (ReadResult read = new EdxmlReader(limits).read(packet)) {
            DocumentPacket document = read.validDocument();
            Document dom = SecureDom.parse(packet);
            List<Element> contents = contentElements(dom);
            if (contents.size() != document.attachments().size()) {
                throw new IOException("the attachments' content is not where the packet's structure puts it");
            }
            for (int i = 0; i < contents.size(); i++) {
                Attachment attachment = document.attachments().get(i);
                if (!PdfSignatureVerifier.isPdf(attachment.content().file())) {
                    continue;
                }
                Path sealed = signed(attachment, key, request, sealedFiles);
                ByteArrayOutputStream text = new ByteArrayOutputStream();
                EdxmlWriter.writeContent(withContent(attachment, sealed), text);
                contents.get(i).setTextContent(text.toString(StandardCharsets.US_ASCII));
            }
            return SecureDom.serialize(dom);
        } catch (SAXException e) {
            throw new IOException("not a well-formed packet: " + e.getMessage(), e);
        } finally {
            for (Path file : sealedFiles) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** The {@code ContentTransferEncoded} elements of the attachments, in order. */
    private static List<Element> contentElements(Document dom) {
        List<Element> found = new ArrayList<>();
        for (Element encoded : children(dom.getDocumentElement(), "AttachmentEncoded")) {
            for (Element attachment : children(encoded, "Attachment")) {
                found.addAll(children(attachment, "ContentTransferEncoded"));
            }
        }
        return found;
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e
                    && Edxml.NAMESPACE.equals(e.getNamespaceURI())
                    && localName.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }

    private Path signed(Attachment attachment, SigningKey key, PdfSigner.Request request, List<Path> made)
            throws IOException {
        Path signed = limits.temporaryDirectory() == null
                ? Files.createTempFile("edoc-signed-", ".pdf")
                : Files.createTempFile(limits.temporaryDirectory(), "edoc-signed-", ".pdf");
        made.add(signed);
        new PdfSigner().sign(attachment.content().file(), signed, key, request);
        return signed;
    }

    private static Attachment withContent(Attachment attachment, Path file) throws IOException {
        return new Attachment(
                attachment.contentId(),
                attachment.attachmentName(),
                attachment.description(),
                attachment.contentType(),
                new AttachmentContent(
                        file,
                        Files.size(file),
                        Sha256.of(file),
                        attachment.content().zipWrapped()));
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
                attachments.add(withContent(attachment, signed(attachment, key, request, signedFiles)));
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
