package vn.edoc.edxml.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.edoc.error.ErrorCode;

/**
 * One element of the envelope as the streaming pass saw it: its local name, whether it is in the edXML namespace,
 * where it starts, its text and its children. An attachment's content is not kept as text but as a decoded file.
 */
final class XmlNode {
    final String name;
    final boolean edxml;
    final int line;
    final int column;
    final List<XmlNode> children = new ArrayList<>(4);
    private final StringBuilder text = new StringBuilder();
    private DecodedPayload payload;
    private ErrorCode payloadFailure;
    private Object payloadFailureDetail;

    XmlNode(String name, boolean edxml, int line, int column) {
        this.name = name;
        this.edxml = edxml;
        this.line = line;
        this.column = column;
    }

    /** The text with surrounding white space taken off; {@code null} when there is none. */
    String text() {
        String stripped = text.toString().strip();
        return stripped.isEmpty() ? null : stripped;
    }

    int textLength() {
        return text.length();
    }

    void appendText(char[] characters, int start, int length) {
        text.append(characters, start, length);
    }

    /** The edXML children with any of these names (spellings of one element), in document order. */
    List<XmlNode> children(Set<String> names) {
        List<XmlNode> found = new ArrayList<>(1);
        for (XmlNode child : children) {
            if (child.edxml && names.contains(child.name)) {
                found.add(child);
            }
        }
        return found;
    }

    DecodedPayload payload() {
        return payload;
    }

    void payload(DecodedPayload decoded) {
        this.payload = decoded;
    }

    /** Why the content could not be decoded, or {@code null}. */
    ErrorCode payloadFailure() {
        return payloadFailure;
    }

    /** What the failure's message says beside the attachment's name. */
    Object payloadFailureDetail() {
        return payloadFailureDetail;
    }

    void payloadFailed(ErrorCode failure, Object detail) {
        this.payloadFailure = failure;
        this.payloadFailureDetail = detail;
    }
}
