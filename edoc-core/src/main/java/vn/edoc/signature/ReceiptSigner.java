package vn.edoc.signature;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.xml.security.c14n.Canonicalizer;
import org.apache.xml.security.exceptions.XMLSecurityException;
import org.apache.xml.security.keys.content.X509Data;
import org.apache.xml.security.signature.XMLSignature;
import org.apache.xml.security.transforms.Transforms;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Writes and signs receipts with the axis's key: a small XML document in {@value Receipt#NAMESPACE} with an enveloped
 * XML-DSig signature (exclusive canonicalisation, SHA-256) and the axis's certificate chain in KeyInfo. Anyone holding
 * the axis's certificate verifies it offline with {@link ReceiptVerifier}.
 */
public final class ReceiptSigner {
    static {
        org.apache.xml.security.Init.init();
    }

    private final SigningKey key;

    public ReceiptSigner(SigningKey key) {
        this.key = key;
    }

    /** The receipt's signed XML. */
    public byte[] sign(Receipt receipt) {
        try {
            Document document = SecureDom.newDocument();
            Element root = document.createElementNS(Receipt.NAMESPACE, "receipt");
            // declared as an attribute: canonicalisation sees declarations, and the parsed receipt will have it
            root.setAttributeNS(javax.xml.XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns", Receipt.NAMESPACE);
            root.setAttribute("version", "1");
            document.appendChild(root);
            fields(receipt).forEach((name, value) -> {
                if (value != null) {
                    Element field = document.createElementNS(Receipt.NAMESPACE, name);
                    field.setTextContent(value);
                    root.appendChild(field);
                }
            });
            XMLSignature signature = new XMLSignature(
                    document,
                    "",
                    SignatureAlgorithm.defaultFor(key.privateKey()).uri(),
                    Canonicalizer.ALGO_ID_C14N_EXCL_OMIT_COMMENTS);
            root.appendChild(signature.getElement());
            Transforms transforms = new Transforms(document);
            transforms.addTransform(Transforms.TRANSFORM_ENVELOPED_SIGNATURE);
            transforms.addTransform(Transforms.TRANSFORM_C14N_EXCL_OMIT_COMMENTS);
            signature.addDocument("", transforms, PacketSigner.DIGEST);
            X509Data data = new X509Data(document);
            for (var certificate : key.chain()) {
                data.addCertificate(certificate);
            }
            signature.getKeyInfo().add(data);
            signature.sign(key.privateKey());
            return SecureDom.serialize(document);
        } catch (XMLSecurityException e) {
            throw new IllegalStateException("cannot sign the receipt: " + e.getMessage(), e);
        }
    }

    /** The fields in document order; the verifier reads them back by name. */
    static Map<String, String> fields(Receipt receipt) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("receiptId", receipt.receiptId());
        fields.put("kind", receipt.kind().name());
        fields.put("axis", receipt.axis());
        fields.put("packetId", receipt.packetId());
        fields.put("documentId", receipt.documentId());
        fields.put("senderId", receipt.senderId());
        fields.put("recipientId", receipt.recipientId());
        fields.put("sha256", receipt.sha256());
        fields.put("at", receipt.at().toString());
        return fields;
    }

    static Instant instant(String text) {
        return Instant.parse(text);
    }
}
