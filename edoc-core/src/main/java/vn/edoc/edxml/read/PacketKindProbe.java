package vn.edoc.edxml.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import vn.edoc.edxml.Edxml;

/**
 * Tells a status packet from a document by its first elements, for protocols that send both through one operation (the
 * national protocol's {@code sendEdoc}, whose {@code messagetype} is only a hint): a status's {@code MessageHeader}
 * answers a document ({@code ResponseFor}) with a {@code StatusCode}; a document's does neither. Reads no further than
 * the end of the {@code MessageHeader}, with the reader's hardened StAX (no DTD, no entities). A packet that cannot be
 * read is called a document: the reader then refuses it with its own problems.
 */
public final class PacketKindProbe {
    private PacketKindProbe() {}

    /** Whether the packet in {@code file} is a status packet. */
    public static boolean isStatus(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader reader = HardenedStax.inputFactory().createXMLStreamReader(in);
            try {
                return isStatus(reader);
            } finally {
                reader.close();
            }
        } catch (IOException | XMLStreamException | RuntimeException e) {
            return false;
        }
    }

    private static boolean isStatus(XMLStreamReader reader) throws XMLStreamException {
        while (reader.hasNext()) {
            int event = reader.next();
            boolean edxml = (event == XMLStreamConstants.START_ELEMENT || event == XMLStreamConstants.END_ELEMENT)
                    && Edxml.NAMESPACE.equals(reader.getNamespaceURI());
            if (!edxml) {
                continue;
            }
            String name = reader.getLocalName();
            if (event == XMLStreamConstants.START_ELEMENT && name.equals("StatusCode")) {
                return true;
            }
            if (event == XMLStreamConstants.END_ELEMENT && name.equals("MessageHeader")) {
                return false;
            }
        }
        return false;
    }
}
