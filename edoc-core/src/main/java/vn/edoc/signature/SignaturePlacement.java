package vn.edoc.signature;

import java.util.List;
import java.util.Map;
import org.apache.xml.security.utils.Constants;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import vn.edoc.edxml.Edxml;
import vn.edoc.error.ErrorCode;

/**
 * The placement step: XML-DSig signatures only as children of {@code edXMLHeader}, right after {@code TraceHeaderList}
 * (or {@code MessageHeader} in a status packet), the leader's before the agency's, each role once, and no element
 * called {@code Signature} anywhere else (the national SDK's placeholder sits in the edXML namespace).
 */
final class SignaturePlacement {
    private SignaturePlacement() {}

    /** Fills {@code byRole} with the header signatures; returns the failure, or {@code null}. */
    static StepResult check(Document document, Map<SignatureRole, Element> byRole) {
        return check(document, byRole, false);
    }

    /**
     * The same; with {@code placeholdersAllowed}, a {@code Signature} outside the XML-DSig namespace (the national SDK's
     * placeholder, which signs nothing) is passed over instead of refused.
     */
    static StepResult check(Document document, Map<SignatureRole, Element> byRole, boolean placeholdersAllowed) {
        Element header = PacketStructure.header(document);
        for (Element element : PacketStructure.allSignatureElements(document)) {
            boolean xmlDsig = Constants.SignatureSpecNS.equals(element.getNamespaceURI());
            if (!xmlDsig && placeholdersAllowed) {
                continue;
            }
            if (!xmlDsig) {
                return fail(ErrorCode.SIGNATURE_NOT_XMLDSIG, path(element), String.valueOf(element.getNamespaceURI()));
            }
            if (element.getParentNode() != header) {
                return fail(ErrorCode.SIGNATURE_MISPLACED, path(element));
            }
        }
        List<Element> signatures = PacketStructure.headerSignatures(header);
        Node before = previousElement(signatures.isEmpty() ? null : signatures.get(0));
        if (!signatures.isEmpty() && !(isEdxml(before, "TraceHeaderList") || isEdxml(before, "MessageHeader"))) {
            return fail(ErrorCode.SIGNATURE_MISPLACED, path(signatures.get(0)));
        }
        SignatureRole last = null;
        for (int i = 0; i < signatures.size(); i++) {
            Element signature = signatures.get(i);
            SignatureRole role = roleOf(signature);
            boolean outOfOrder =
                    role == null || byRole.containsKey(role) || (last != null && role.ordinal() < last.ordinal());
            // the signatures stand together: nothing between the leader's and the agency's
            boolean apart = i > 0 && previousElement(signature) != signatures.get(i - 1);
            if (outOfOrder || apart) {
                return fail(
                        ErrorCode.SIGNATURE_MISPLACED,
                        path(signature) + "[@Id='" + signature.getAttributeNS(null, "Id") + "']");
            }
            byRole.put(role, signature);
            last = role;
        }
        return null;
    }

    private static SignatureRole roleOf(Element signature) {
        String id = signature.getAttributeNS(null, "Id");
        for (SignatureRole role : SignatureRole.values()) {
            if (role.id().equals(id)) {
                return role;
            }
        }
        return null;
    }

    private static Node previousElement(Node node) {
        if (node == null) {
            return null;
        }
        Node previous = node.getPreviousSibling();
        while (previous != null && !(previous instanceof Element)) {
            previous = previous.getPreviousSibling();
        }
        return previous;
    }

    private static boolean isEdxml(Node node, String name) {
        return node instanceof Element e
                && Edxml.NAMESPACE.equals(e.getNamespaceURI())
                && name.equals(e.getLocalName());
    }

    private static String path(Node node) {
        StringBuilder path = new StringBuilder();
        for (Node n = node; n instanceof Element e; n = n.getParentNode()) {
            path.insert(0, "/" + e.getLocalName());
        }
        return path.toString();
    }

    private static StepResult fail(ErrorCode code, Object... arguments) {
        return StepResult.failed(VerificationStep.SIGNATURE_PLACEMENT, null, code, arguments);
    }
}
