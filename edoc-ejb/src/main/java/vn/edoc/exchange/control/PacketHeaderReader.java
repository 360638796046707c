package vn.edoc.exchange.control;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import vn.edoc.error.EdocException;
import vn.edoc.error.ErrorCode;

/**
 * Reads the routing fields of an edXML packet in one streaming pass, and refuses what is not a packet.
 *
 * <p>The whole packet is read, so a packet that breaks off after its header is refused too. DTDs are refused before any
 * entity could be expanded. Field names follow QCVN 102:2016; element prefixes do not matter, the namespace does.
 */
public final class PacketHeaderReader {
    /** The namespace of QCVN 102:2016. */
    public static final String EDXML_NAMESPACE = "http://www.mic.gov.vn/TBT/QCVN_102_2016";

    static final int ORGAN_ID_MAX = 35;
    static final int DOCUMENT_ID_MAX = 200;
    static final int SUBJECT_MAX = 500;

    private static final String HEADER = "/edXML/edXMLEnvelope/edXMLHeader/MessageHeader";
    private static final String FROM_ORGAN_ID = HEADER + "/From/OrganId";
    private static final String TO_ORGAN_ID = HEADER + "/To/OrganId";
    private static final String DOCUMENT_ID = HEADER + "/DocumentId";
    private static final String SUBJECT = HEADER + "/Subject";
    private static final Set<String> ROUTING_FIELDS = Set.of(FROM_ORGAN_ID, TO_ORGAN_ID, DOCUMENT_ID, SUBJECT);

    private final XMLInputFactory factory = hardenedFactory();

    /** Reads the header of {@code packet}; throws an {@link EdocException} naming the first defect. */
    public PacketHeader read(byte[] packet) {
        if (packet == null || packet.length == 0) {
            throw new EdocException(ErrorCode.PACKET_EMPTY, null);
        }
        Fields fields = new Fields();
        try {
            XMLStreamReader reader = factory.createXMLStreamReader(new ByteArrayInputStream(packet));
            try {
                readAll(reader, fields);
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            throw notWellFormed(e);
        }
        return fields.toHeader();
    }

    private static void readAll(XMLStreamReader reader, Fields fields) throws XMLStreamException {
        StringBuilder path = new StringBuilder();
        Deque<Integer> parentLengths = new ArrayDeque<>();
        // the routing field being read, or null: decided once per element, as attachments arrive in many chunks
        String field = null;
        StringBuilder text = new StringBuilder();
        while (reader.hasNext()) {
            switch (reader.next()) {
                case XMLStreamConstants.DTD -> throw new EdocException(ErrorCode.PACKET_DTD_FORBIDDEN, null);
                case XMLStreamConstants.START_ELEMENT -> {
                    if (parentLengths.isEmpty()) {
                        requireEdxmlRoot(reader);
                    }
                    parentLengths.push(path.length());
                    path.append('/').append(reader.getLocalName());
                    String current = path.toString();
                    field = ROUTING_FIELDS.contains(current) ? current : null;
                    text.setLength(0);
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                    if (field != null) {
                        text.append(reader.getText());
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    // routing fields are leaves: whatever ends here, the field (if any) is complete
                    if (field != null) {
                        fields.take(field, text.toString().strip());
                    }
                    field = null;
                    path.setLength(parentLengths.pop());
                }
                default -> {
                    // comments, processing instructions and white space carry nothing the axis routes by
                }
            }
        }
    }

    private static void requireEdxmlRoot(XMLStreamReader reader) {
        String namespace = reader.getNamespaceURI();
        if (!"edXML".equals(reader.getLocalName()) || !EDXML_NAMESPACE.equals(namespace)) {
            String found = "{" + (namespace == null ? "" : namespace) + "}" + reader.getLocalName();
            throw new EdocException(ErrorCode.PACKET_WRONG_NAMESPACE, "/" + reader.getLocalName(), found);
        }
    }

    private static EdocException notWellFormed(XMLStreamException e) {
        Location location = e.getLocation();
        int line = location == null ? -1 : location.getLineNumber();
        int column = location == null ? -1 : location.getColumnNumber();
        // The JDK prefixes its reason with "ParseError at [row,col]:[l,c] Message:"; line and column are given apart.
        String message = e.getMessage() == null ? "" : e.getMessage();
        int reasonStart = message.indexOf("Message:");
        String reason = (reasonStart < 0 ? message : message.substring(reasonStart + "Message:".length())).strip();
        return new EdocException(ErrorCode.PACKET_NOT_WELL_FORMED, null, line, column, reason);
    }

    private static XMLInputFactory hardenedFactory() {
        // The JDK's own parser, whatever else the server puts on the class path, so the limits below are the ones used.
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        return factory;
    }

    /** The fields collected while reading, checked when the packet ends. */
    private static final class Fields {
        private String senderId;
        private final Set<String> recipientIds = new LinkedHashSet<>();
        private String documentId;
        private String subject;

        void take(String path, String value) {
            switch (path) {
                case FROM_ORGAN_ID -> senderId = limited(FROM_ORGAN_ID, value, ORGAN_ID_MAX);
                case TO_ORGAN_ID -> {
                    if (!value.isEmpty()) {
                        recipientIds.add(limited(TO_ORGAN_ID, value, ORGAN_ID_MAX));
                    }
                }
                case DOCUMENT_ID -> documentId = limited(DOCUMENT_ID, value, DOCUMENT_ID_MAX);
                case SUBJECT -> subject = limited(SUBJECT, value, SUBJECT_MAX);
                default -> {
                    // other elements are the full edXML contract's business, not routing
                }
            }
        }

        PacketHeader toHeader() {
            require(senderId, ErrorCode.PACKET_MISSING_FROM, HEADER + "/From");
            if (recipientIds.isEmpty()) {
                throw new EdocException(ErrorCode.PACKET_MISSING_TO, HEADER + "/To");
            }
            require(documentId, ErrorCode.PACKET_MISSING_DOCUMENT_ID, DOCUMENT_ID);
            require(subject, ErrorCode.PACKET_MISSING_SUBJECT, SUBJECT);
            return new PacketHeader(senderId, recipientIds.stream().toList(), documentId, subject);
        }

        private static void require(String value, ErrorCode code, String path) {
            if (value == null || value.isEmpty()) {
                throw new EdocException(code, path);
            }
        }

        private static String limited(String path, String value, int max) {
            int length = value.codePointCount(0, value.length());
            if (length > max) {
                throw new EdocException(ErrorCode.PACKET_FIELD_TOO_LONG, path, path, length, max);
            }
            return value;
        }
    }
}
