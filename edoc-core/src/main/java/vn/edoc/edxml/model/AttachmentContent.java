package vn.edoc.edxml.model;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The bytes of one attachment, held in a file rather than in memory.
 *
 * @param file where the original file's bytes are (after base64 and, if wrapped, the zip are taken off)
 * @param size the original file's size in bytes
 * @param sha256 SHA-256 of the original file, lower-case hexadecimal
 * @param zipWrapped whether the file travels zipped, as the VNPT SDK sends every file ({@code application/zip})
 */
public record AttachmentContent(Path file, long size, String sha256, boolean zipWrapped) {
    public AttachmentContent {
        Objects.requireNonNull(file);
        Objects.requireNonNull(sha256);
    }

    /** Two contents are equal when their bytes and wrapping are: where the bytes lie does not matter. */
    @Override
    public boolean equals(Object other) {
        return other instanceof AttachmentContent that
                && size == that.size
                && zipWrapped == that.zipWrapped
                && sha256.equals(that.sha256);
    }

    @Override
    public int hashCode() {
        return Objects.hash(size, sha256, zipWrapped);
    }
}
