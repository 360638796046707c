package vn.edoc.edxml.read;

import java.util.List;
import vn.edoc.edxml.model.DocumentPacket;
import vn.edoc.edxml.model.EdxmlPacket;
import vn.edoc.edxml.model.StatusPacket;
import vn.edoc.error.EdocException;
import vn.edoc.error.Problem;

/**
 * What the reader found: the packet (as far as it could be bound) and every problem, in document order. Holds the
 * decoded attachments' temporary files until closed.
 */
public final class ReadResult implements AutoCloseable {
    private final EdxmlPacket packet;
    private final List<Problem> problems;
    private final List<DecodedPayload> files;

    ReadResult(EdxmlPacket packet, List<Problem> problems, List<DecodedPayload> files) {
        this.packet = packet;
        this.problems = List.copyOf(problems);
        this.files = List.copyOf(files);
    }

    /** Whether the packet has no problem. */
    public boolean isValid() {
        return problems.isEmpty() && packet != null;
    }

    /** The packet; with problems, the fields in question are {@code null}. {@code null} if no packet was found. */
    public EdxmlPacket packet() {
        return packet;
    }

    public List<Problem> problems() {
        return problems;
    }

    /** The valid packet, or the refusal naming every problem. */
    public EdxmlPacket validPacket() {
        if (!isValid()) {
            throw EdocException.of(problems);
        }
        return packet;
    }

    /** The valid document packet; a status packet or an invalid packet is refused. */
    public DocumentPacket validDocument() {
        return (DocumentPacket) requireKind(DocumentPacket.class);
    }

    /** The valid status packet; a document packet or an invalid packet is refused. */
    public StatusPacket validStatus() {
        return (StatusPacket) requireKind(StatusPacket.class);
    }

    private EdxmlPacket requireKind(Class<? extends EdxmlPacket> kind) {
        EdxmlPacket valid = validPacket();
        if (!kind.isInstance(valid)) {
            String name = valid instanceof StatusPacket ? "status" : "document";
            throw new EdocException(vn.edoc.error.ErrorCode.PACKET_KIND_NOT_ACCEPTED, "/edXML", name);
        }
        return valid;
    }

    /** Deletes the attachments' temporary files. */
    @Override
    public void close() {
        files.forEach(f -> TemporaryFiles.delete(f.file()));
    }
}
