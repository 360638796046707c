package vn.edoc.exchange.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import vn.edoc.exchange.boundary.StoredBytes;

/**
 * The exact bytes of packets, kept in the database ({@code packet_chunk}) in chunks of {@value #CHUNK} bytes: written
 * chunk by chunk in the caller's transaction (after its packet row), and read chunk by chunk, one short query each, so
 * neither side ever holds more than a chunk of a packet however large it is.
 */
public final class PacketStore {
    /**
     * 256 KiB: far under MariaDB's default max_allowed_packet (16 MiB), and under half a G1 region of a small heap (1
     * MiB regions up to 2 GB), so chunk buffers are ordinary young objects that die young instead of humongous ones
     * that take old-generation regions; 800 round trips for a 200 MB packet.
     */
    public static final int CHUNK = 256 * 1024;

    private final DataSource dataSource;

    public PacketStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Writes all of {@code in} as the packet's bytes; the packet's row must be written (flushed) before. */
    public long write(String packetId, InputStream in) {
        long total = 0;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO packet_chunk (packet_id, seq, bytes) VALUES (?, ?, ?)")) {
            byte[] chunk = new byte[CHUNK];
            int seq = 0;
            for (int filled = in.readNBytes(chunk, 0, CHUNK); filled > 0; filled = in.readNBytes(chunk, 0, CHUNK)) {
                insert.setString(1, packetId);
                insert.setInt(2, seq++);
                insert.setBytes(3, filled == CHUNK ? chunk : java.util.Arrays.copyOf(chunk, filled));
                insert.executeUpdate();
                total += filled;
            }
            return total;
        } catch (SQLException e) {
            throw new IllegalStateException("The bytes of packet " + packetId + " could not be stored", e);
        } catch (IOException e) {
            throw new UncheckedIOException("The packet " + packetId + " could not be read while storing it", e);
        }
    }

    public long write(String packetId, byte[] bytes) {
        return write(packetId, new ByteArrayInputStream(bytes));
    }

    /** Deletes the packet's bytes (retention); its row, receipts and trace stay. */
    public void delete(String packetId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete =
                        connection.prepareStatement("DELETE FROM packet_chunk WHERE packet_id = ?")) {
            delete.setString(1, packetId);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("The bytes of packet " + packetId + " could not be deleted", e);
        }
    }

    /** The packet's bytes, read when asked; {@code size} is the packet's recorded size. */
    public StoredBytes bytesOf(String packetId, long size) {
        return new StoredBytes() {
            @Override
            public long size() {
                return size;
            }

            @Override
            public InputStream open() {
                return new ChunkStream(packetId);
            }
        };
    }

    /** Reads the chunks in order, fetching the next one when the last is used up. */
    private final class ChunkStream extends InputStream {
        private final String packetId;
        private int nextSeq;
        private byte[] chunk = new byte[0];
        private int position;
        private boolean ended;

        ChunkStream(String packetId) {
            this.packetId = packetId;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] target, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            while (position == chunk.length) {
                if (ended || !fetchNext()) {
                    ended = true;
                    return -1;
                }
            }
            int count = Math.min(length, chunk.length - position);
            System.arraycopy(chunk, position, target, offset, count);
            position += count;
            return count;
        }

        private boolean fetchNext() throws IOException {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement select = connection.prepareStatement(
                            "SELECT bytes FROM packet_chunk WHERE packet_id = ? AND seq = ?")) {
                select.setString(1, packetId);
                select.setInt(2, nextSeq);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        return false;
                    }
                    chunk = row.getBytes(1);
                    position = 0;
                    nextSeq++;
                    return true;
                }
            } catch (SQLException e) {
                throw new IOException("Chunk " + nextSeq + " of packet " + packetId + " could not be read", e);
            }
        }
    }
}
