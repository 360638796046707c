package vn.edoc.signature;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.xml.security.exceptions.XMLSecurityException;
import org.apache.xml.security.stax.ext.stax.XMLSecEvent;
import org.apache.xml.security.stax.ext.stax.XMLSecEventFactory;
import org.apache.xml.security.stax.ext.stax.XMLSecStartElement;
import org.apache.xml.security.stax.impl.transformer.canonicalizer.Canonicalizer20010315_Excl;
import org.apache.xml.security.stax.impl.transformer.canonicalizer.Canonicalizer20010315_ExclOmitCommentsTransformer;
import org.apache.xml.security.utils.Constants;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import vn.edoc.edxml.Edxml;
import vn.edoc.edxml.read.HardenedStax;

/**
 * A packet read once, as a stream, for verification: so that a packet of hundreds of megabytes is verified without
 * being held in memory.
 *
 * <p>Both signatures reference the whole document ({@code URI=""}) with fixed transforms (see the package's design),
 * so their digests can be computed on the way: the exclusive canonical form of the document without the header's
 * signatures (the leader's XPath Filter 2.0 subtraction), the same without the attachments' content as well (the
 * leader's {@link SignerCoverage#CONTENT_IN_PDF} form: cheap, the attachments being skipped) and without the agency's own
 * signature (its enveloped transform), each written by Santuario's streaming canonicaliser into a {@link
 * DeferredDigest}. What the checklist
 * needs to look at (where the signatures sit, their algorithms, references, certificates and SignedInfo) is kept as a
 * <em>skeleton</em>: the document as a DOM with long texts, the attachments' content, left empty. The signature value
 * is then checked on the skeleton's SignedInfo, and the reference by comparing its DigestValue with the streamed one.
 */
final class StreamedPacket {
    /** Texts longer than this (attachment content) are left out of the skeleton; nothing signed needs them there. */
    static final int MAX_SKELETON_TEXT = 16 * 1024;

    private static final String DS = Constants.SignatureSpecNS;
    private static final XMLInputFactory FACTORY = HardenedStax.inputFactory();
    /** {@code /edXML:edXML/edXML:edXMLEnvelope/edXML:edXMLHeader/ds:Signature}: the leader subtracts these. */
    private static final List<String> HEADER_PATH = List.of("edXML", "edXMLEnvelope", "edXMLHeader");
    /** {@code /edXML:edXML/edXML:AttachmentEncoded/edXML:Attachment/edXML:ContentTransferEncoded}. */
    private static final List<String> CONTENT_PATH =
            List.of("edXML", "AttachmentEncoded", "Attachment", "ContentTransferEncoded");

    /** What one reference can cover: a digest is computed for each while the packet streams by. */
    private enum Covered {
        SIGNER_WHOLE,
        SIGNER_CONTENT_IN_PDF,
        AGENCY;

        static Covered of(SignatureRole role, SignerCoverage coverage) {
            return role == SignatureRole.AGENCY
                    ? AGENCY
                    : coverage == SignerCoverage.CONTENT_IN_PDF ? SIGNER_CONTENT_IN_PDF : SIGNER_WHOLE;
        }
    }

    private final Document skeleton;
    private final Map<Covered, DeferredDigest> digests;

    private StreamedPacket(Document skeleton, Map<Covered, DeferredDigest> digests) {
        this.skeleton = skeleton;
        this.digests = digests;
    }

    Document skeleton() {
        return skeleton;
    }

    /** The digest of what {@code role}'s reference covers in form {@code coverage}, or null when not computed. */
    byte[] referenceDigest(SignatureRole role, SignerCoverage coverage) {
        return digests.get(Covered.of(role, coverage)).value();
    }

    static StreamedPacket read(InputStream packet) throws XMLStreamException, XMLSecurityException {
        return new Scan().run(packet);
    }

    /** One pass: every event goes to the skeleton and to the canonicaliser of each role that does not exclude it. */
    private static final class Scan {
        private final Document document = SecureDom.newDocument();
        private final Map<Covered, DeferredDigest> digests = new EnumMap<>(Covered.class);
        private final Map<Covered, Canonicalizer20010315_ExclOmitCommentsTransformer> canonical =
                new EnumMap<>(Covered.class);
        private final Map<Covered, Integer> excludedFrom = new EnumMap<>(Covered.class);
        private final Deque<String> path = new ArrayDeque<>();
        private Node current = document;
        private XMLSecStartElement parent;
        private SignatureRole insideSignatureOf;
        private int textLength;

        StreamedPacket run(InputStream packet) throws XMLStreamException, XMLSecurityException {
            for (Covered covered : Covered.values()) {
                DeferredDigest digest = new DeferredDigest();
                var transformer = new Canonicalizer20010315_ExclOmitCommentsTransformer();
                Map<String, Object> properties = new HashMap<>();
                properties.put(Canonicalizer20010315_Excl.INCLUSIVE_NAMESPACES_PREFIX_LIST, List.of());
                transformer.setProperties(properties);
                transformer.setOutputStream(digest);
                digests.put(covered, digest);
                canonical.put(covered, transformer);
            }
            XMLStreamReader reader = FACTORY.createXMLStreamReader(packet);
            try {
                while (reader.hasNext()) {
                    reader.next();
                    event(reader);
                }
                for (var transformer : canonical.values()) {
                    transformer.doFinal();
                }
            } finally {
                reader.close();
            }
            return new StreamedPacket(document, digests);
        }

        private void event(XMLStreamReader reader) throws XMLStreamException {
            int type = reader.getEventType();
            if (type == XMLStreamConstants.START_ELEMENT) {
                startElement(reader);
            }
            XMLSecEvent event = XMLSecEventFactory.allocate(reader, parent);
            if (type == XMLStreamConstants.START_ELEMENT) {
                parent = event.asStartElement();
            }
            for (Covered covered : Covered.values()) {
                if (!excludedFrom.containsKey(covered)) {
                    canonical.get(covered).transform(event);
                }
            }
            switch (type) {
                case XMLStreamConstants.END_ELEMENT -> endElement();
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.SPACE, XMLStreamConstants.CDATA -> text(reader);
                case XMLStreamConstants.COMMENT -> current.appendChild(document.createComment(reader.getText()));
                case XMLStreamConstants.PROCESSING_INSTRUCTION ->
                    current.appendChild(document.createProcessingInstruction(reader.getPITarget(), reader.getPIData()));
                default -> {
                    // start and end of the document; DTDs are refused by the parser
                }
            }
        }

        private void startElement(XMLStreamReader reader) {
            boolean headerSignature =
                    DS.equals(reader.getNamespaceURI()) && "Signature".equals(reader.getLocalName()) && isHeader();
            path.addLast(Edxml.NAMESPACE.equals(reader.getNamespaceURI()) ? reader.getLocalName() : "");
            textLength = 0;
            if (headerSignature) {
                String id = reader.getAttributeValue(null, "Id");
                excludedFrom.putIfAbsent(Covered.SIGNER_WHOLE, path.size());
                excludedFrom.putIfAbsent(Covered.SIGNER_CONTENT_IN_PDF, path.size());
                if (SignatureRole.AGENCY.id().equals(id)) {
                    excludedFrom.putIfAbsent(Covered.AGENCY, path.size());
                }
                insideSignatureOf = SignatureRole.AGENCY.id().equals(id)
                        ? SignatureRole.AGENCY
                        : SignatureRole.SIGNER.id().equals(id) ? SignatureRole.SIGNER : null;
            }
            if (insideSignatureOf != null
                    && DS.equals(reader.getNamespaceURI())
                    && "DigestMethod".equals(reader.getLocalName())) {
                String algorithm = reader.getAttributeValue(null, "Algorithm");
                if (insideSignatureOf == SignatureRole.AGENCY) {
                    digests.get(Covered.AGENCY).use(algorithm);
                } else {
                    digests.get(Covered.SIGNER_WHOLE).use(algorithm);
                    digests.get(Covered.SIGNER_CONTENT_IN_PDF).use(algorithm);
                }
            }
            if (isAttachmentContent()) {
                excludedFrom.putIfAbsent(Covered.SIGNER_CONTENT_IN_PDF, path.size());
            }
            Element element = element(reader);
            current.appendChild(element);
            current = element;
        }

        private boolean isAttachmentContent() {
            return path.size() == CONTENT_PATH.size()
                    && CONTENT_PATH.get(CONTENT_PATH.size() - 1).equals(path.peekLast())
                    && List.copyOf(path).equals(CONTENT_PATH);
        }

        private boolean isHeader() {
            return path.size() == HEADER_PATH.size() && List.copyOf(path).equals(HEADER_PATH);
        }

        private void endElement() {
            int depth = path.size();
            excludedFrom.values().removeIf(from -> from == depth);
            if (depth == HEADER_PATH.size() + 1) {
                insideSignatureOf = null;
            }
            path.removeLast();
            parent = parent.getParentXMLSecStartElement();
            current = current.getParentNode();
            textLength = 0;
        }

        private void text(XMLStreamReader reader) {
            if (current == document) {
                return; // whitespace around the document element is no node of the document
            }
            int length = reader.getTextLength();
            textLength += length;
            if (textLength <= MAX_SKELETON_TEXT) {
                current.appendChild(
                        document.createTextNode(new String(reader.getTextCharacters(), reader.getTextStart(), length)));
            }
        }

        private Element element(XMLStreamReader reader) {
            Element element = document.createElementNS(
                    emptyToNull(reader.getNamespaceURI()), qualified(reader.getPrefix(), reader.getLocalName()));
            for (int i = 0; i < reader.getNamespaceCount(); i++) {
                String prefix = reader.getNamespacePrefix(i);
                element.setAttributeNS(
                        XMLConstants.XMLNS_ATTRIBUTE_NS_URI,
                        prefix == null || prefix.isEmpty() ? "xmlns" : "xmlns:" + prefix,
                        reader.getNamespaceURI(i));
            }
            for (int i = 0; i < reader.getAttributeCount(); i++) {
                element.setAttributeNS(
                        emptyToNull(reader.getAttributeNamespace(i)),
                        qualified(reader.getAttributePrefix(i), reader.getAttributeLocalName(i)),
                        reader.getAttributeValue(i));
            }
            return element;
        }
    }

    private static String qualified(String prefix, String localName) {
        return prefix == null || prefix.isEmpty() ? localName : prefix + ":" + localName;
    }

    private static String emptyToNull(String uri) {
        return uri == null || uri.isEmpty() ? null : uri;
    }
}
