package vn.edoc.edxml.write;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import vn.edoc.edxml.Edxml;

/**
 * A thin layer over the JDK's {@link XMLStreamWriter} that writes every element on its own line, two spaces deeper
 * than its parent, as the SDK's packets are laid out. Elements with no value are left out.
 */
final class IndentingXml {
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

    private final BufferedOutputStream buffered;
    private final XMLStreamWriter xml;
    private int depth;

    IndentingXml(OutputStream out) throws XMLStreamException {
        // buffered here: the JDK's writer hands its UTF-8 encoder's output on a few bytes at a time
        this.buffered = new BufferedOutputStream(out, 64 * 1024);
        this.xml = FACTORY.createXMLStreamWriter(buffered, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
    }

    /** Opens the root with the edXML namespace as default, as the SDK does. */
    void openRoot() throws XMLStreamException {
        newLine();
        xml.writeStartElement("", "edXML", Edxml.NAMESPACE);
        xml.writeDefaultNamespace(Edxml.NAMESPACE);
        depth++;
    }

    /** Opens an {@code edXML:}-prefixed element; {@code declare} adds the prefix's declaration on it. */
    void open(String name, boolean declare) throws XMLStreamException {
        newLine();
        xml.writeStartElement(Edxml.PREFIX, name, Edxml.NAMESPACE);
        if (declare) {
            xml.writeNamespace(Edxml.PREFIX, Edxml.NAMESPACE);
        }
        depth++;
    }

    void open(String name) throws XMLStreamException {
        open(name, false);
    }

    /** Opens an element in the default namespace, as the SDK writes the attachments. */
    void openUnprefixed(String name) throws XMLStreamException {
        newLine();
        xml.writeStartElement("", name, Edxml.NAMESPACE);
        depth++;
    }

    void attribute(String name, String value) throws XMLStreamException {
        xml.writeAttribute(name, value);
    }

    void close() throws XMLStreamException {
        depth--;
        newLine();
        xml.writeEndElement();
    }

    /** Writes {@code <edXML:name>value</edXML:name>} unless {@code value} is {@code null}. */
    void leaf(String name, Object value) throws XMLStreamException {
        if (value != null) {
            newLine();
            xml.writeStartElement(Edxml.PREFIX, name, Edxml.NAMESPACE);
            xml.writeCharacters(value.toString());
            xml.writeEndElement();
        }
    }

    /**
     * Writes {@code <edXML:name>value</edXML:name>}, empty when {@code value} is {@code null}: an element the schema
     * requires whose information a forgiven packet did not carry, written as the schema allows, never made up.
     */
    void requiredLeaf(String name, Object value) throws XMLStreamException {
        leaf(name, value == null ? "" : value);
    }

    void unprefixedLeaf(String name, String value) throws XMLStreamException {
        if (value != null) {
            newLine();
            xml.writeStartElement("", name, Edxml.NAMESPACE);
            xml.writeCharacters(value);
            xml.writeEndElement();
        }
    }

    /** Opens a leaf whose text the caller streams with {@link #textSink()}, then {@link #endLeaf()}. */
    void openStreamedLeaf(String name, boolean declare) throws XMLStreamException {
        newLine();
        xml.writeStartElement(Edxml.PREFIX, name, Edxml.NAMESPACE);
        if (declare) {
            xml.writeNamespace(Edxml.PREFIX, Edxml.NAMESPACE);
        }
    }

    void endLeaf() throws XMLStreamException {
        xml.writeEndElement();
    }

    /** An ASCII byte stream that becomes text of the open element (base64 needs no escaping). */
    OutputStream textSink() {
        return new OutputStream() {
            private final char[] chars = new char[8192];

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                for (int done = 0; done < length; ) {
                    int n = Math.min(chars.length, length - done);
                    for (int i = 0; i < n; i++) {
                        chars[i] = (char) bytes[offset + done + i];
                    }
                    try {
                        xml.writeCharacters(chars, 0, n);
                    } catch (XMLStreamException e) {
                        throw new IOException(e);
                    }
                    done += n;
                }
            }

            @Override
            public void close() {
                // the element stays open: endLeaf() closes it
            }
        };
    }

    void finish() throws XMLStreamException {
        xml.writeCharacters("\n");
        xml.writeEndDocument();
        xml.flush();
        xml.close();
        try {
            buffered.flush();
        } catch (IOException e) {
            throw new XMLStreamException(e);
        }
    }

    private void newLine() throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }
}
