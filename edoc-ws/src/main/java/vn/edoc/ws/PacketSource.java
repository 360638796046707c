package vn.edoc.ws;

import jakarta.activation.DataHandler;
import jakarta.activation.DataSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/** Packets as the contract's MTOM-optimisable content: in from a data handler, out as one. */
final class PacketSource implements DataSource {
    private static final String OCTETS = "application/octet-stream";
    private final byte[] bytes;

    private PacketSource(byte[] bytes) {
        this.bytes = bytes;
    }

    static DataHandler handlerOf(byte[] bytes) {
        return bytes == null ? null : new DataHandler(new PacketSource(bytes));
    }

    /** The bytes a client sent, inline or as an attachment; a streamed attachment's temporary file is let go. */
    static byte[] bytesOf(DataHandler packet) {
        if (packet == null) {
            return null;
        }
        try (InputStream in = packet.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The packet could not be read from the request", e);
        } finally {
            if (packet instanceof AutoCloseable streamed) {
                closeQuietly(streamed);
            }
        }
    }

    private static void closeQuietly(AutoCloseable streamed) {
        try {
            streamed.close();
        } catch (Exception e) {
            // a temporary file left behind is removed by Metro when the request ends
        }
    }

    @Override
    public InputStream getInputStream() {
        return new ByteArrayInputStream(bytes);
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
