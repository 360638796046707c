package vn.edoc.edxml.read;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import vn.edoc.error.ErrorCode;

/**
 * Decodes base64 as it arrives in chunks from the parser straight into a temporary file, hashing it on the way, so an
 * attachment never sits in memory. Only the alphabet is buffered (64 KiB); the JDK decoder does the decoding.
 */
final class Base64FileSink {
    /** A multiple of 4, so that every full buffer decodes on its own. */
    private static final int BLOCK = 64 * 1024;

    private final long maxBytes;
    private final Path file;
    private final MessageDigest digest = Sha256s.newDigest();
    private final OutputStream out;
    private final byte[] alphabet = new byte[BLOCK];
    private final byte[] decoded = new byte[BLOCK / 4 * 3];
    private int buffered;
    private long size;
    private boolean paddingSeen;
    private ErrorCode failure;
    private String failureReason;

    Base64FileSink(Path directory, long maxBytes) {
        this.maxBytes = maxBytes;
        try {
            this.file = TemporaryFiles.create(directory);
            this.out = new DigestOutputStream(Files.newOutputStream(file), digest);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void accept(char[] characters, int start, int length) {
        for (int i = start; i < start + length && failure == null; i++) {
            char c = characters[i];
            if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
                continue;
            }
            if (c > 127 || (paddingSeen && c != '=')) {
                fail(ErrorCode.ATTACHMENT_NOT_BASE64, "unexpected character '" + c + "'");
                return;
            }
            paddingSeen |= c == '=';
            alphabet[buffered++] = (byte) c;
            if (buffered == BLOCK) {
                decodeBuffered(true);
            }
        }
    }

    /** The decoded file, or {@code null} after a failure (the file is then deleted). */
    DecodedPayload finish() {
        if (failure == null && buffered > 0) {
            decodeBuffered(false);
        }
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (failure != null) {
            TemporaryFiles.delete(file);
            return null;
        }
        return new DecodedPayload(file, size, Sha256s.hex(digest.digest()));
    }

    ErrorCode failure() {
        return failure;
    }

    String failureReason() {
        return failureReason;
    }

    private void decodeBuffered(boolean fullBlock) {
        try {
            int count = fullBlock
                    ? Base64.getDecoder().decode(alphabet, decoded)
                    : Base64.getDecoder().decode(Arrays.copyOf(alphabet, buffered), decoded);
            buffered = 0;
            size += count;
            if (size > maxBytes) {
                fail(ErrorCode.ATTACHMENT_TOO_LARGE, null);
                return;
            }
            out.write(decoded, 0, count);
        } catch (IllegalArgumentException e) {
            fail(ErrorCode.ATTACHMENT_NOT_BASE64, e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Marks the content as refused (the first reason counts); what follows is ignored. */
    void fail(ErrorCode code, String reason) {
        if (failure != null) {
            return;
        }
        failure = code;
        failureReason = reason;
    }
}
