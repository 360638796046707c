package vn.edoc.ws.vxp;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import vn.edoc.edxml.Sha256;
import vn.edoc.error.EdocException;
import vn.edoc.error.ErrorCode;
import vn.edoc.exchange.boundary.IncomingPacket;

/**
 * A {@code sendEdoc} body, streamed into a temporary file of ours while its SHA-256 is computed, never held in memory.
 * The SDK sends the file followed by CRLF: the last two bytes are held back, and dropped when they are exactly CRLF,
 * so that what is hashed and stored is the file itself. Refused (PACKET_TOO_LARGE) as soon as it passes the limit.
 */
final class IncomingBody {
    private static final int BUFFER = 64 * 1024;

    private IncomingBody() {}

    /** The file in a temporary file the caller deletes ({@link #delete}). */
    static IncomingPacket receive(InputStream body, long maxBytes) {
        Path file = null;
        try {
            file = Files.createTempFile("edoc-vxp-", ".edxml");
            MessageDigest sha256 = Sha256.newDigest();
            long size;
            try (OutputStream out = Files.newOutputStream(file)) {
                size = copyWithoutFinalCrlf(body, out, sha256, maxBytes);
            }
            if (size == 0) {
                throw new EdocException(ErrorCode.PACKET_EMPTY, "body");
            }
            return new IncomingPacket(file, size, Sha256.hex(sha256));
        } catch (IOException e) {
            delete(file);
            throw new UncheckedIOException("The body could not be received", e);
        } catch (RuntimeException e) {
            delete(file);
            throw e;
        }
    }

    /** Copies all but a final CRLF, hashing what it writes; the size written. */
    static long copyWithoutFinalCrlf(InputStream in, OutputStream out, MessageDigest digest, long maxBytes)
            throws IOException {
        byte[] buffer = new byte[BUFFER + 2];
        int held = 0; // bytes at the start of the buffer not yet written: the last two read
        long written = 0;
        for (int read = in.read(buffer, held, BUFFER); read >= 0; read = in.read(buffer, held, BUFFER)) {
            int available = held + read;
            int writable = Math.max(0, available - 2);
            if (written + writable > maxBytes) {
                throw new EdocException(ErrorCode.PACKET_TOO_LARGE, null, ">" + maxBytes, maxBytes);
            }
            out.write(buffer, 0, writable);
            digest.update(buffer, 0, writable);
            written += writable;
            System.arraycopy(buffer, writable, buffer, 0, available - writable);
            held = available - writable;
        }
        boolean crlf = held == 2 && buffer[0] == '\r' && buffer[1] == '\n';
        if (!crlf && held > 0) {
            if (written + held > maxBytes) {
                throw new EdocException(ErrorCode.PACKET_TOO_LARGE, null, ">" + maxBytes, maxBytes);
            }
            out.write(buffer, 0, held);
            digest.update(buffer, 0, held);
            written += held;
        }
        return written;
    }

    static void delete(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                file.toFile().deleteOnExit();
            }
        }
    }
}
