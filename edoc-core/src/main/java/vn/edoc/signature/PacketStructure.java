package vn.edoc.signature;

import java.util.ArrayList;
import java.util.List;
import org.apache.xml.security.utils.Constants;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import vn.edoc.edxml.Edxml;

/** Where signatures live in a packet: children of {@code edXMLHeader}, right after {@code TraceHeaderList}. */
final class PacketStructure {
    private PacketStructure() {}

    /** {@code /edXML/edXMLEnvelope/edXMLHeader}; the reader has checked the packet, so it is there. */
    static Element header(Document document) {
        Element root = document.getDocumentElement();
        Element envelope = child(root, Edxml.NAMESPACE, "edXMLEnvelope");
        Element header = envelope == null ? null : child(envelope, Edxml.NAMESPACE, "edXMLHeader");
        if (header == null) {
            throw new IllegalArgumentException("not an edXML packet: no edXMLEnvelope/edXMLHeader");
        }
        return header;
    }

    /** The node a new signature goes before: the first child after the trace list and any signature already there. */
    static Node afterSignatures(Element header) {
        Node anchor = child(header, Edxml.NAMESPACE, "TraceHeaderList");
        if (anchor == null) {
            anchor = child(header, Edxml.NAMESPACE, "MessageHeader");
        }
        Node next = anchor.getNextSibling();
        while (next != null && (!(next instanceof Element) || isSignature(next))) {
            if (next instanceof Element) {
                anchor = next;
            }
            next = next.getNextSibling();
        }
        return anchor.getNextSibling();
    }

    /** The XML-DSig signatures of the header, in document order. */
    static List<Element> headerSignatures(Element header) {
        List<Element> signatures = new ArrayList<>();
        for (Node n = header.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (isSignature(n)) {
                signatures.add((Element) n);
            }
        }
        return signatures;
    }

    /** Every element named {@code Signature} in the packet, whatever its namespace. */
    static List<Element> allSignatureElements(Document document) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = document.getElementsByTagNameNS("*", "Signature");
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }

    static boolean isSignature(Node node) {
        return node instanceof Element e
                && Constants.SignatureSpecNS.equals(e.getNamespaceURI())
                && "Signature".equals(e.getLocalName());
    }

    static Element child(Element parent, String namespace, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && namespace.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }
}
