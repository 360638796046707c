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
import vn.edoc.edxml.Sha256;
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
    private final MessageDigest digest = Sha256.newDigest();
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
        // the hottest loop of the reader: locals instead of fields, one test for the common character
        byte[] buffer = alphabet;
        int count = buffered;
        for (int i = start, end = start + length; i < end && failure == null; i++) {
            char c = characters[i];
            if (c > ' ' && c < 127 && c != '=' && !paddingSeen) {
                buffer[count++] = (byte) c;
                if (count == BLOCK) {
                    buffered = count;
                    decodeBuffered(true);
                    count = buffered;
                }
            } else if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                buffered = count;
                if (!acceptSpecial(c)) {
                    return;
                }
                count = buffered;
            }
        }
        buffered = count;
    }

    /** Padding, or a character that is not base64; false once the content is refused. */
    private boolean acceptSpecial(char c) {
        if (c == '=') {
            paddingSeen = true;
            alphabet[buffered++] = (byte) c;
            if (buffered == BLOCK) {
                decodeBuffered(true);
            }
        } else if (paddingSeen && c > ' ' && c < 127) {
            fail(ErrorCode.ATTACHMENT_NOT_BASE64, "data after the padding");
        } else {
            fail(ErrorCode.ATTACHMENT_NOT_BASE64, "unexpected character U+" + String.format("%04X", (int) c));
        }
        return failure == null;
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
        return new DecodedPayload(file, size, Sha256.hex(digest));
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
