package vn.edoc.edxml.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import vn.edoc.edxml.Edxml;
import vn.edoc.error.ErrorCode;
import vn.edoc.error.Problem;

/**
 * The streaming pass: reads the whole packet once with the JDK's parser, refusing DTDs and enforcing the limits, and
 * returns the tree of the envelope. Attachment contents go to temporary files as they arrive.
 */
final class TreeBuilder {
    private static final XMLInputFactory FACTORY = HardenedStax.inputFactory();

    private final ReadLimits limits;
    private final List<Problem> problems;
    private final List<DecodedPayload> decoded = new ArrayList<>();
    private final Deque<XmlNode> open = new ArrayDeque<>();
    private final Deque<String> paths = new ArrayDeque<>();
    private XmlNode root;
    private Base64FileSink sink;
    /** The element whose content the sink decodes. */
    private XmlNode sinkOwner;

    private int elements;

    TreeBuilder(ReadLimits limits, List<Problem> problems) {
        this.limits = limits;
        this.problems = problems;
    }

    /** Every file decoded so far, also when the pass failed: the caller deletes them. */
    List<DecodedPayload> decoded() {
        return decoded;
    }

    /** The root element, or {@code null} when the packet is refused as a whole (the problem is then recorded). */
    XmlNode read(InputStream packet) {
        LimitedInputStream limited = new LimitedInputStream(packet, limits.maxPacketBytes());
        try {
            XMLStreamReader reader = FACTORY.createXMLStreamReader(limited);
            try {
                readAll(reader);
            } finally {
                reader.close();
                abandonSink();
            }
            return root;
        } catch (FatalProblem fatal) {
            problems.add(fatal.problem);
        } catch (XMLStreamException e) {
            problems.add(limited.exceeded() ? tooLarge() : limited.empty() ? empty() : notWellFormed(e));
        }
        return null;
    }

    private void readAll(XMLStreamReader reader) throws XMLStreamException, FatalProblem {
        while (reader.hasNext()) {
            switch (next(reader)) {
                case XMLStreamConstants.DTD -> throw fatal(ErrorCode.PACKET_DTD_FORBIDDEN, null, reader);
                case XMLStreamConstants.START_ELEMENT -> start(reader);
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> text(reader);
                case XMLStreamConstants.END_ELEMENT -> end();
                default -> {
                    // comments and processing instructions carry nothing of the packet
                }
            }
        }
        if (root == null) {
            throw fatal(ErrorCode.PACKET_EMPTY, null, reader);
        }
    }

    /**
     * The next event. The JDK parser sometimes fails with a runtime exception instead of an XMLStreamException (the
     * fuzzer found a DTD with an invalid character that ends in a MissingResourceException): that is bad input too.
     */
    private static int next(XMLStreamReader reader) throws XMLStreamException {
        try {
            return reader.next();
        } catch (RuntimeException e) {
            throw new XMLStreamException(e.getClass().getSimpleName() + ": " + e.getMessage(), reader.getLocation(), e);
        }
    }

    private void start(XMLStreamReader reader) throws FatalProblem {
        if (++elements > limits.maxElements()) {
            throw fatal(ErrorCode.PACKET_TOO_MANY_ELEMENTS, currentPath(), reader, limits.maxElements());
        }
        if (open.size() >= limits.maxDepth()) {
            throw fatal(ErrorCode.PACKET_TOO_DEEP, currentPath(), reader, limits.maxDepth());
        }
        Location at = reader.getLocation();
        boolean edxml = Edxml.NAMESPACE.equals(reader.getNamespaceURI());
        XmlNode node = new XmlNode(reader.getLocalName(), edxml, at.getLineNumber(), at.getColumnNumber());
        if (open.isEmpty()) {
            requireEdxmlRoot(reader, node);
            root = node;
        } else {
            open.peek().children.add(node);
        }
        paths.push(currentPath() + "/" + node.name);
        open.push(node);
        if (sink != null) {
            // base64 content is text only (the fuzzer nested a ContentTransferEncoded in another)
            sink.fail(ErrorCode.ATTACHMENT_NOT_BASE64, "an element inside the content: " + node.name);
        } else if (isAttachmentContent(node)) {
            sink = new Base64FileSink(limits.temporaryDirectory(), limits.maxAttachmentBytes());
            sinkOwner = node;
        }
    }

    private void text(XMLStreamReader reader) {
        XmlNode node = open.peek();
        if (node == null) {
            return;
        }
        if (sink != null) {
            sink.accept(reader.getTextCharacters(), reader.getTextStart(), reader.getTextLength());
        } else if (node.textLength() <= limits.maxTextCharacters()) {
            // Text beyond the limit is dropped; the binder reports the field as too long.
            int room = limits.maxTextCharacters() + 1 - node.textLength();
            node.appendText(reader.getTextCharacters(), reader.getTextStart(), Math.min(room, reader.getTextLength()));
        }
    }

    private void end() {
        XmlNode node = open.pop();
        paths.pop();
        if (sink != null && node == sinkOwner) {
            DecodedPayload payload = sink.finish();
            if (payload != null) {
                decoded.add(payload);
                node.payload(payload);
            } else {
                Object detail = sink.failure() == ErrorCode.ATTACHMENT_TOO_LARGE
                        ? limits.maxAttachmentBytes()
                        : sink.failureReason();
                node.payloadFailed(sink.failure(), detail);
            }
            sink = null;
            sinkOwner = null;
        }
    }

    private void abandonSink() {
        if (sink != null) {
            DecodedPayload partial = sink.finish();
            if (partial != null) {
                decoded.add(partial);
            }
            sink = null;
        }
    }

    private static boolean isAttachmentContent(XmlNode node) {
        return node.edxml && "ContentTransferEncoded".equals(node.name);
    }

    private String currentPath() {
        return paths.isEmpty() ? "" : paths.peek();
    }

    private static void requireEdxmlRoot(XMLStreamReader reader, XmlNode node) throws FatalProblem {
        if (!"edXML".equals(node.name) || !node.edxml) {
            String namespace = reader.getNamespaceURI() == null ? "" : reader.getNamespaceURI();
            throw fatal(ErrorCode.PACKET_WRONG_NAMESPACE, "/" + node.name, reader, "{" + namespace + "}" + node.name);
        }
    }

    private Problem tooLarge() {
        return new Problem(
                ErrorCode.PACKET_TOO_LARGE, null, -1, -1, "> " + limits.maxPacketBytes(), limits.maxPacketBytes());
    }

    private static Problem empty() {
        return new Problem(ErrorCode.PACKET_EMPTY, null, -1, -1);
    }

    private static Problem notWellFormed(XMLStreamException e) {
        Location location = e.getLocation();
        int line = location == null ? -1 : location.getLineNumber();
        int column = location == null ? -1 : location.getColumnNumber();
        // The JDK prefixes its reason with "ParseError at [row,col]:[l,c] Message:"; line and column are given apart.
        String message = e.getMessage() == null ? "" : e.getMessage();
        int reasonStart = message.indexOf("Message:");
        String reason = (reasonStart < 0 ? message : message.substring(reasonStart + "Message:".length())).strip();
        return new Problem(ErrorCode.PACKET_NOT_WELL_FORMED, null, line, column, line, column, reason);
    }

    private static FatalProblem fatal(ErrorCode code, String path, XMLStreamReader reader, Object... arguments) {
        Location at = reader.getLocation();
        return new FatalProblem(new Problem(code, path, at.getLineNumber(), at.getColumnNumber(), arguments));
    }

    /** A problem that ends the reading: nothing after it can be trusted. */
    private static final class FatalProblem extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Problem problem;

        FatalProblem(Problem problem) {
            super(problem.code().name(), null, false, false);
            this.problem = problem;
        }
    }

    /** Stops the parser once the packet is larger than allowed, however it is delivered. */
    private static final class LimitedInputStream extends java.io.FilterInputStream {
        private final long max;
        private long count;

        LimitedInputStream(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        boolean exceeded() {
            return count > max;
        }

        boolean empty() {
            return count == 0;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(int n) throws IOException {
            count += n;
            if (count > max) {
                throw new IOException("the packet is larger than " + max + " bytes");
            }
        }
    }
}
