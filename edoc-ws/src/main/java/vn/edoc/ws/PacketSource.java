package vn.edoc.ws;

import jakarta.activation.DataHandler;
import jakarta.activation.DataSource;
import java.io.ByteArrayInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import vn.edoc.edxml.Sha256;
import vn.edoc.error.EdocException;
import vn.edoc.error.ErrorCode;
import vn.edoc.exchange.boundary.IncomingPacket;
import vn.edoc.exchange.boundary.StoredBytes;

/**
 * Packets as the contract's MTOM-optimisable content. In: a sent packet is copied from Metro's attachment (which Metro
 * streamed to a temporary file when large) into a file of ours, with its SHA-256 computed on the way and its size
 * bounded. Out: a stored packet is a data source that reads the store chunk by chunk while Metro writes the response.
 */
public final class PacketSource implements DataSource {
    private static final String OCTETS = "application/octet-stream";
    private final StoredBytes stored;
    private final byte[] bytes;

    private PacketSource(StoredBytes stored, byte[] bytes) {
        this.stored = stored;
        this.bytes = bytes;
    }

    public static DataHandler handlerOf(StoredBytes stored) {
        return new DataHandler(new PacketSource(stored, null));
    }

    static DataHandler handlerOf(byte[] bytes) {
        return bytes == null ? null : new DataHandler(new PacketSource(null, bytes));
    }

    /**
     * The sent packet in a temporary file of ours, which the caller deletes. Refused (PACKET_TOO_LARGE) as soon as it
     * passes {@code maxBytes}: no more of it is written.
     */
    static IncomingPacket receive(DataHandler packet, long maxBytes) {
        if (packet == null) {
            throw new EdocException(ErrorCode.PACKET_EMPTY, "packet");
        }
        try (InputStream in = packet.getInputStream()) {
            return receive(in, maxBytes);
        } catch (IOException e) {
            throw new UncheckedIOException("The packet could not be received", e);
        } finally {
            releaseStreamed(packet);
        }
    }

    /**
     * The packet read from {@code in} into a temporary file of ours, which the caller deletes ({@link #delete}), its
     * SHA-256 computed on the way. Refused (PACKET_TOO_LARGE) as soon as it passes {@code maxBytes}.
     */
    public static IncomingPacket receive(InputStream in, long maxBytes) {
        return receive(in::transferTo, maxBytes);
    }

    /** Writes a packet into the stream it is given. */
    @FunctionalInterface
    public interface PacketWriter {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * The packet {@code writer} writes, in a temporary file of ours which the caller deletes ({@link #delete}), its
     * SHA-256 computed on the way. Refused (PACKET_TOO_LARGE) as soon as it passes {@code maxBytes}.
     */
    public static IncomingPacket receive(PacketWriter writer, long maxBytes) {
        Path file = null;
        try {
            file = Files.createTempFile("edoc-incoming-", ".edxml");
            MessageDigest sha256 = Sha256.newDigest();
            long size;
            try (BoundedOutputStream out =
                    new BoundedOutputStream(new DigestOutputStream(Files.newOutputStream(file), sha256), maxBytes)) {
                writer.writeTo(out);
                size = out.written;
            }
            return new IncomingPacket(file, size, Sha256.hex(sha256));
        } catch (IOException e) {
            delete(file);
            throw new UncheckedIOException("The packet could not be received", e);
        } catch (RuntimeException e) {
            delete(file);
            throw e;
        }
    }

    /** Refuses (PACKET_TOO_LARGE) the write that would pass the limit, before any of it is written. */
    private static final class BoundedOutputStream extends FilterOutputStream {
        private final long maxBytes;
        private long written;

        BoundedOutputStream(OutputStream out, long maxBytes) {
            super(out);
            this.maxBytes = maxBytes;
        }

        @Override
        public void write(int b) throws IOException {
            count(1);
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            count(len);
            out.write(b, off, len);
        }

        private void count(int len) {
            if (written + len > maxBytes) {
                throw new EdocException(ErrorCode.PACKET_TOO_LARGE, null, ">" + maxBytes, maxBytes);
            }
            written += len;
        }
    }

    /** A received status, read whole: refused before that when it is larger than a status can be. */
    public static byte[] statusBytes(IncomingPacket incoming, long maxStatusBytes) {
        if (incoming.size() > maxStatusBytes) {
            throw new EdocException(ErrorCode.PACKET_TOO_LARGE, null, incoming.size(), maxStatusBytes);
        }
        try {
            return Files.readAllBytes(incoming.file());
        } catch (IOException e) {
            throw new UncheckedIOException("The status could not be read from " + incoming.file(), e);
        }
    }

    /** The bytes of a small sent packet (a status, one to sign), bounded like any packet. */
    static byte[] bytesOf(DataHandler packet, long maxBytes) {
        if (packet == null) {
            return null;
        }
        try (InputStream in = packet.getInputStream()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new EdocException(ErrorCode.PACKET_TOO_LARGE, null, ">" + maxBytes, maxBytes);
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("The packet could not be read from the request", e);
        } finally {
            releaseStreamed(packet);
        }
    }

    public static void delete(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                file.toFile().deleteOnExit();
            }
        }
    }

    /** Metro's streamed attachment keeps a temporary file until it is closed. */
    private static void releaseStreamed(DataHandler packet) {
        if (packet instanceof AutoCloseable streamed) {
            try {
                streamed.close();
            } catch (Exception e) {
                // Metro removes what is left when the request ends
            }
        }
    }

    @Override
    public InputStream getInputStream() {
        return stored != null ? stored.open() : new ByteArrayInputStream(bytes);
    }

    @Override
    public OutputStream getOutputStream() throws IOException {
        throw new IOException("a packet is read-only");
    }

    @Override
    public String getContentType() {
        return OCTETS;
    }

    @Override
    public String getName() {
        return "packet";
    }
}
