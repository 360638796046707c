package vn.edoc.edxml.read;

import java.nio.file.Path;

/**
 * What the reader accepts at most; beyond it the packet is refused, never read further.
 *
 * @param maxPacketBytes size of the whole packet
 * @param maxDepth nesting of elements
 * @param maxElements number of elements
 * @param maxTextCharacters text of one element other than an attachment's content
 * @param maxAttachmentBytes decoded size of one attachment (also after unzipping)
 * @param temporaryDirectory where decoded attachments are written, or {@code null} for the system's
 */
public record ReadLimits(
        long maxPacketBytes,
        int maxDepth,
        int maxElements,
        int maxTextCharacters,
        long maxAttachmentBytes,
        Path temporaryDirectory) {

    /** Generous limits for operators' tools: 2 GiB packets, 1 GiB attachments. */
    public static ReadLimits defaults() {
        return new ReadLimits(2L << 30, 64, 100_000, 1 << 20, 1L << 30, null);
    }

    public ReadLimits withMaxPacketBytes(long bytes) {
        return new ReadLimits(bytes, maxDepth, maxElements, maxTextCharacters, maxAttachmentBytes, temporaryDirectory);
    }

    public ReadLimits withMaxDepth(int depth) {
        return new ReadLimits(
                maxPacketBytes, depth, maxElements, maxTextCharacters, maxAttachmentBytes, temporaryDirectory);
    }

    public ReadLimits withMaxElements(int elements) {
        return new ReadLimits(
                maxPacketBytes, maxDepth, elements, maxTextCharacters, maxAttachmentBytes, temporaryDirectory);
    }

    public ReadLimits withMaxAttachmentBytes(long bytes) {
        return new ReadLimits(maxPacketBytes, maxDepth, maxElements, maxTextCharacters, bytes, temporaryDirectory);
    }

    public ReadLimits withTemporaryDirectory(Path directory) {
        return new ReadLimits(maxPacketBytes, maxDepth, maxElements, maxTextCharacters, maxAttachmentBytes, directory);
    }
}
