package vn.edoc.signature;

import java.io.IOException;
import java.security.cert.X509Certificate;
import org.apache.xml.security.c14n.Canonicalizer;
import org.apache.xml.security.exceptions.XMLSecurityException;
import org.apache.xml.security.keys.content.X509Data;
import org.apache.xml.security.signature.XMLSignature;
import org.apache.xml.security.transforms.Transforms;
import org.apache.xml.security.transforms.params.XPath2FilterContainer;
import org.apache.xml.security.utils.Constants;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;
import vn.edoc.edxml.Edxml;

/**
 * Adds the leader's or the agency's signature to a packet (see the package documentation for what each covers). The
 * leader signs first; the agency signs last, over everything.
 */
public final class PacketSigner {
    static final String DIGEST = org.apache.xml.security.algorithms.MessageDigestAlgorithm.ALGO_ID_DIGEST_SHA256;

    /** What the leader's reference leaves out: the signatures in {@code edXMLHeader}, its own and the agency's. */
    static final String SIGNATURES_XPATH = "/edXML:edXML/edXML:edXMLEnvelope/edXML:edXMLHeader/ds:Signature";

    /** The attachments' encoded content, which {@link SignerCoverage#CONTENT_IN_PDF} leaves to the PDFs' signatures. */
    static final String ATTACHMENT_CONTENT_XPATH =
            "/edXML:edXML/edXML:AttachmentEncoded/edXML:Attachment/edXML:ContentTransferEncoded";

    static {
        org.apache.xml.security.Init.init();
    }

    /** Returns {@code packet} signed in {@code role} with {@code key}; a leader's signature covers the whole packet. */
    public byte[] sign(byte[] packet, SignatureRole role, SigningKey key) throws IOException {
        return sign(packet, role, key, SignerCoverage.WHOLE_PACKET);
    }

    /** Returns {@code packet} signed in {@code role} with {@code key}; {@code coverage} matters for the leader only. */
    public byte[] sign(byte[] packet, SignatureRole role, SigningKey key, SignerCoverage coverage) throws IOException {
        try {
            Document document = SecureDom.parse(packet);
            Element header = PacketStructure.header(document);
            SignatureAlgorithm algorithm = SignatureAlgorithm.defaultFor(key.privateKey());
            XMLSignature signature =
                    new XMLSignature(document, "", algorithm.uri(), Canonicalizer.ALGO_ID_C14N_EXCL_OMIT_COMMENTS);
            signature.setId(role.id());
            header.insertBefore(signature.getElement(), PacketStructure.afterSignatures(header));
            signature.addDocument("", transforms(document, role, coverage), DIGEST);
            X509Data data = new X509Data(document);
            for (X509Certificate certificate : key.chain()) {
                data.addCertificate(certificate);
            }
            signature.getKeyInfo().add(data);
            signature.sign(key.privateKey());
            return SecureDom.serialize(document);
        } catch (SAXException e) {
            throw new IOException("not a well-formed packet: " + e.getMessage(), e);
        } catch (XMLSecurityException e) {
            throw new IOException("cannot sign the packet: " + e.getMessage(), e);
        }
    }

    /** The transforms of a role's one reference; the verifier accepts exactly these. */
    static Transforms transforms(Document document, SignatureRole role, SignerCoverage coverage)
            throws XMLSecurityException {
        Transforms transforms = new Transforms(document);
        if (role == SignatureRole.SIGNER) {
            XPath2FilterContainer subtract =
                    XPath2FilterContainer.newInstanceSubtract(document, coverage.subtractedXpath());
            subtract.setXPathNamespaceContext("xmlns:edXML", Edxml.NAMESPACE);
            subtract.setXPathNamespaceContext("xmlns:ds", Constants.SignatureSpecNS);
            transforms.addTransform(Transforms.TRANSFORM_XPATH2FILTER, subtract.getElement());
        } else {
            transforms.addTransform(Transforms.TRANSFORM_ENVELOPED_SIGNATURE);
        }
        transforms.addTransform(Transforms.TRANSFORM_C14N_EXCL_OMIT_COMMENTS);
        return transforms;
    }
}
