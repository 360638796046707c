package vn.edoc.edxml.read;

import java.util.List;
import vn.edoc.edxml.model.DocumentPacket;
import vn.edoc.edxml.model.EdxmlPacket;
import vn.edoc.edxml.model.StatusPacket;
import vn.edoc.error.EdocException;
import vn.edoc.error.Problem;

/**
 * What the reader found: the packet (as far as it could be bound) and every problem, in document order: the errors
 * that refuse it and the warnings it goes on with. Holds the decoded attachments' temporary files until closed.
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

    /** Whether the packet has no error (it may have warnings). */
    public boolean isValid() {
        return packet != null && problems.stream().noneMatch(p -> !p.isWarning());
    }

    /** Whether the packet has no problem at all, not even a warning. */
    public boolean isClean() {
        return packet != null && problems.isEmpty();
    }

    /** The packet; with problems, the fields in question are {@code null}. {@code null} if no packet was found. */
    public EdxmlPacket packet() {
        return packet;
    }

    /** Every problem, errors and warnings, in document order. */
    public List<Problem> problems() {
        return problems;
    }

    /** The problems that refuse the packet. */
    public List<Problem> errors() {
        return problems.stream().filter(p -> !p.isWarning()).toList();
    }

    /** What the reader forgave, each with the value the packet is read as. */
    public List<Problem> warnings() {
        return problems.stream().filter(Problem::isWarning).toList();
    }

    /** The packet read with its warnings, or the refusal naming every error. */
    public EdxmlPacket validPacket() {
        return validPacket(false);
    }

    /**
     * The packet, or the refusal naming every error; {@code strict} refuses warnings too, each with its code, as the
     * reader did before it forgave anything.
     */
    public EdxmlPacket validPacket(boolean strict) {
        if (!isValid() || (strict && !problems.isEmpty())) {
            throw EdocException.of(strict ? problems : errors());
        }
        return packet;
    }

    /** The valid document packet; a status packet or an invalid packet is refused. */
    public DocumentPacket validDocument() {
        return validDocument(false);
    }

    public DocumentPacket validDocument(boolean strict) {
        return (DocumentPacket) requireKind(DocumentPacket.class, strict);
    }

    /** The valid status packet; a document packet or an invalid packet is refused. */
    public StatusPacket validStatus() {
        return validStatus(false);
    }

    public StatusPacket validStatus(boolean strict) {
        return (StatusPacket) requireKind(StatusPacket.class, strict);
    }

    private EdxmlPacket requireKind(Class<? extends EdxmlPacket> kind, boolean strict) {
        EdxmlPacket valid = validPacket(strict);
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
