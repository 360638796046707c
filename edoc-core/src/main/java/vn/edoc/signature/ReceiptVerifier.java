package vn.edoc.signature;

import java.io.IOException;
import java.security.cert.X509Certificate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.xml.security.exceptions.XMLSecurityException;
import org.apache.xml.security.signature.Reference;
import org.apache.xml.security.signature.XMLSignature;
import org.apache.xml.security.transforms.Transforms;
import org.apache.xml.security.utils.Constants;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import vn.edoc.error.EdocException;
import vn.edoc.error.ErrorCode;

/**
 * Verifies a receipt against the axis's certificate, which the caller holds (pinned, not taken from the receipt):
 *
 * <ol>
 *   <li>the receipt is well-formed XML without DTD, rooted at {@code receipt} in {@value Receipt#NAMESPACE};
 *   <li>it carries exactly one signature, a child of the root, with one reference to the whole document ({@code
 *       URI=""}) through exactly the enveloped-signature and exclusive-c14n transforms;
 *   <li>the signature method is on the allow-list and the digest is SHA-256;
 *   <li>the signature value and digest verify with the given certificate's public key.
 * </ol>
 *
 * Any failure throws {@link ErrorCode#RECEIPT_INVALID} with the reason.
 */
public final class ReceiptVerifier {
    static {
        org.apache.xml.security.Init.init();
    }

    private final X509Certificate axisCertificate;

    public ReceiptVerifier(X509Certificate axisCertificate) {
        this.axisCertificate = axisCertificate;
    }

    /** The receipt's content, once its signature verifies. */
    public Receipt verify(byte[] receipt) {
        Document document = parse(receipt);
        Element root = document.getDocumentElement();
        if (!Receipt.NAMESPACE.equals(root.getNamespaceURI()) || !"receipt".equals(root.getLocalName())) {
            throw invalid("the root is not receipt in " + Receipt.NAMESPACE);
        }
        Element signatureElement = onlySignature(root);
        try {
            XMLSignature signature = new XMLSignature(signatureElement, "", true);
            if (SignatureAlgorithm.ofUri(signature.getSignedInfo().getSignatureMethodURI())
                    .isEmpty()) {
                throw invalid("signature method not allowed");
            }
            checkReference(signature);
            if (!signature.checkSignatureValue(axisCertificate.getPublicKey())) {
                throw invalid("the signature does not verify with the axis certificate");
            }
        } catch (XMLSecurityException e) {
            throw invalid(e.getMessage());
        }
        return content(root);
    }

    private static void checkReference(XMLSignature signature) throws XMLSecurityException {
        if (signature.getSignedInfo().getLength() != 1) {
            throw invalid("exactly one reference is expected");
        }
        Reference reference = signature.getSignedInfo().item(0);
        Transforms transforms = reference.getTransforms();
        if (!"".equals(reference.getURI())
                || !PacketSigner.DIGEST.equals(
                        reference.getMessageDigestAlgorithm().getAlgorithmURI())
                || transforms == null
                || transforms.getLength() != 2
                || !Transforms.TRANSFORM_ENVELOPED_SIGNATURE.equals(
                        transforms.item(0).getURI())
                || !Transforms.TRANSFORM_C14N_EXCL_OMIT_COMMENTS.equals(
                        transforms.item(1).getURI())) {
            throw invalid("the reference does not cover the whole receipt as signed by an axis");
        }
    }

    private static Element onlySignature(Element root) {
        var all = root.getOwnerDocument().getElementsByTagNameNS(Constants.SignatureSpecNS, "Signature");
        if (all.getLength() != 1 || all.item(0).getParentNode() != root) {
            throw invalid("exactly one signature, a child of the root, is expected");
        }
        return (Element) all.item(0);
    }

    private static Receipt content(Element root) {
        try {
            return new Receipt(
                    field(root, "receiptId"),
                    Receipt.Kind.valueOf(field(root, "kind")),
                    field(root, "axis"),
                    field(root, "packetId"),
                    field(root, "documentId"),
                    field(root, "senderId"),
                    field(root, "recipientId"),
                    field(root, "sha256"),
                    ReceiptSigner.instant(field(root, "at")));
        } catch (IllegalArgumentException | NullPointerException | DateTimeParseException e) {
            throw invalid("a field is missing or malformed: " + e.getMessage());
        }
    }

    private static String field(Element root, String name) {
        List<String> values = new ArrayList<>();
        for (Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element
                    && Receipt.NAMESPACE.equals(element.getNamespaceURI())
                    && name.equals(element.getLocalName())) {
                values.add(element.getTextContent());
            }
        }
        if (values.size() > 1) {
            throw invalid(name + " is repeated");
        }
        return values.isEmpty() ? null : values.get(0);
    }

    private static Document parse(byte[] receipt) {
        try {
            return SecureDom.parse(receipt);
        } catch (IOException | SAXException e) {
            throw invalid("not well-formed XML: " + e.getMessage());
        }
    }

    private static EdocException invalid(String reason) {
        return new EdocException(ErrorCode.RECEIPT_INVALID, null, reason);
    }
}
