package vn.edoc.desk.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import vn.edoc.edxml.Sha256;
import vn.edoc.edxml.model.Attachment;
import vn.edoc.edxml.model.DocumentPacket;
import vn.edoc.edxml.read.EdxmlReader;
import vn.edoc.edxml.read.ReadLimits;
import vn.edoc.edxml.read.ReadResult;
import vn.edoc.error.EdocException;
import vn.edoc.error.ErrorCode;
import vn.edoc.exchange.boundary.StoredBytes;

/**
 * A stored packet read back for the web UI: its document, and one attachment's bytes at a time (a packet may be far
 * larger than a page should hold; an attachment above {@link #MAX_SHOWN_BYTES} is not handed to the browser).
 */
public final class ReceivedPacket {
    /** The largest attachment the pages show or download. */
    public static final long MAX_SHOWN_BYTES = 64L * 1024 * 1024;

    private ReceivedPacket() {}

    /** One attachment: its name, content type and bytes. */
    public record File(String name, String contentType, byte[] bytes) {}

    /** A stored packet read once: its document and the SHA-256 of the bytes read. */
    public record Read(DocumentPacket document, String sha256) {}

    /**
     * The packet's document (its attachments' files are gone once this returns; their sizes and digests remain) and
     * the SHA-256 of its bytes, from one pass over them.
     */
    public static Read read(StoredBytes stored) {
        MessageDigest digest = Sha256.newDigest();
        try (InputStream in = new DigestInputStream(stored.open(), digest);
                ReadResult read = new EdxmlReader(ReadLimits.defaults()).read(in)) {
            DocumentPacket document = read.validDocument();
            in.transferTo(java.io.OutputStream.nullOutputStream()); // whatever the reader left unread is digested too
            return new Read(document, Sha256.hex(digest));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The attachments without their bytes. */
    public static List<AttachedFile> files(DocumentPacket document) {
        List<AttachedFile> files = new ArrayList<>();
        List<Attachment> attachments = document.attachments();
        for (int i = 0; i < attachments.size(); i++) {
            Attachment a = attachments.get(i);
            boolean decoded = a.content() != null;
            files.add(new AttachedFile(
                    i,
                    a.attachmentName(),
                    a.contentType(),
                    decoded ? a.content().size() : 0,
                    decoded ? a.content().sha256() : null));
        }
        return files;
    }

    /** Attachment {@code index} with its bytes. */
    public static File file(StoredBytes stored, int index) {
        try (InputStream in = stored.open();
                ReadResult read = new EdxmlReader(ReadLimits.defaults()).read(in)) {
            List<Attachment> attachments = read.validDocument().attachments();
            if (index < 0
                    || index >= attachments.size()
                    || attachments.get(index).content() == null) {
                throw new EdocException(ErrorCode.REQUEST_INVALID, "index", "no attachment " + index);
            }
            Attachment attachment = attachments.get(index);
            if (attachment.content().size() > MAX_SHOWN_BYTES) {
                throw new EdocException(
                        ErrorCode.ATTACHMENT_TOO_LARGE, "Attachment", attachment.attachmentName(), MAX_SHOWN_BYTES);
            }
            String type = attachment.content().zipWrapped() ? "application/octet-stream" : attachment.contentType();
            return new File(
                    attachment.attachmentName(),
                    type,
                    Files.readAllBytes(attachment.content().file()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
