package vn.edoc.signature;

import java.util.List;
import vn.edoc.edxml.model.DocumentPacket;

/**
 * What the leader's envelope signature covers. The agency's always covers the whole packet.
 *
 * <p>{@link #CONTENT_IN_PDF} exists for the order Nghị định 30/2020 prescribes inside the PDF: the leader signs, then
 * the clerk adds the agency's seal as a later revision of the same file. Were the leader's envelope signature over the
 * attachments' bytes, that seal would break it. So it covers everything but the attachments' encoded content, and the
 * verifier requires instead that every attachment be a PDF carrying a valid signature of the very certificate that made
 * the envelope signature ({@link VerificationStep#CONTENT_IN_PDF}): the content stays bound to the leader, by the
 * signature inside the file, while the seal may follow. Only the axis's own desk writes this form.
 */
public enum SignerCoverage {
    /** Everything but the header's signatures (the standard form). */
    WHOLE_PACKET(PacketSigner.SIGNATURES_XPATH),
    /** Everything but the header's signatures and the attachments' content, which the PDFs' own signatures cover. */
    CONTENT_IN_PDF(PacketSigner.SIGNATURES_XPATH + " | " + PacketSigner.ATTACHMENT_CONTENT_XPATH);

    static {
        org.apache.xml.security.Init.init();
    }

    private final String subtractedXpath;

    SignerCoverage(String subtractedXpath) {
        this.subtractedXpath = subtractedXpath;
    }

    /** The XPath Filter 2.0 expression the leader's reference subtracts; the verifier accepts exactly these. */
    String subtractedXpath() {
        return subtractedXpath;
    }

    /** The form whose subtracted expression is {@code xpath}, or null for any other. */
    static SignerCoverage ofXpath(String xpath) {
        for (SignerCoverage coverage : values()) {
            if (coverage.subtractedXpath.equals(xpath)) {
                return coverage;
            }
        }
        return null;
    }

    /**
     * The form of the leader's signature of a signed {@code packet}; {@link #WHOLE_PACKET} when it has none of the
     * leader or one of no known form (the agency's seal then changes nothing inside the PDFs).
     */
    public static SignerCoverage ofSigned(byte[] packet) throws java.io.IOException {
        try {
            org.w3c.dom.Document document = SecureDom.parse(packet);
            for (org.w3c.dom.Element signature : PacketStructure.headerSignatures(PacketStructure.header(document))) {
                if (SignatureRole.SIGNER.id().equals(signature.getAttributeNS(null, "Id"))) {
                    SignerCoverage coverage = SignatureChecks.signerCoverage(
                            new org.apache.xml.security.signature.XMLSignature(signature, "", true));
                    return coverage == null ? WHOLE_PACKET : coverage;
                }
            }
            return WHOLE_PACKET;
        } catch (org.xml.sax.SAXException | org.apache.xml.security.exceptions.XMLSecurityException e) {
            throw new java.io.IOException("not a signed packet: " + e.getMessage(), e);
        }
    }

    /**
     * The form the desk uses for {@code document}: content in the PDF when it has attachments and every one is a PDF
     * (so each can carry the leader's signature and, later, the seal), else the whole packet.
     */
    public static SignerCoverage fitting(DocumentPacket document) {
        List<vn.edoc.edxml.model.Attachment> attachments = document.attachments();
        boolean allPdf = !attachments.isEmpty()
                && attachments.stream()
                        .allMatch(a -> PdfSignatureVerifier.isPdf(a.content().file()));
        return allPdf ? CONTENT_IN_PDF : WHOLE_PACKET;
    }
}
