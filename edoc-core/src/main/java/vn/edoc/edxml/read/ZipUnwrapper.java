package vn.edoc.edxml.read;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import vn.edoc.edxml.Sha256;

/**
 * Takes off the zip the VNPT SDK wraps around every attached file: exactly one file inside, copied out with its
 * SHA-256 and a size limit, so a zip bomb stops at the limit.
 */
final class ZipUnwrapper {
    private final Path directory;
    private final long maxBytes;

    ZipUnwrapper(Path directory, long maxBytes) {
        this.directory = directory;
        this.maxBytes = maxBytes;
    }

    long maxBytes() {
        return maxBytes;
    }

    /** Whether {@code payload} starts as a zip file does. */
    static boolean looksZipped(DecodedPayload payload) throws IOException {
        try (InputStream in = Files.newInputStream(payload.file())) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        }
    }

    /** The one file inside {@code zipped}; throws {@link Refused} with the reason when there is not exactly one. */
    DecodedPayload unwrap(DecodedPayload zipped) throws IOException, Refused {
        Path file = TemporaryFiles.create(directory);
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(zipped.file()))) {
            ZipEntry entry = zip.getNextEntry();
            if (entry == null || entry.isDirectory()) {
                throw new Refused("no file inside");
            }
            MessageDigest digest = Sha256.newDigest();
            long size;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), digest)) {
                size = copyLimited(zip, out);
            }
            if (zip.getNextEntry() != null) {
                throw new Refused("more than one file inside");
            }
            return new DecodedPayload(file, size, Sha256.hex(digest));
        } catch (ZipException | EOFException | IllegalArgumentException e) {
            // IllegalArgumentException: an entry name that is not UTF-8 (found by the fuzzer)
            TemporaryFiles.delete(file);
            throw new Refused(e.getMessage());
        } catch (IOException | Refused | RuntimeException e) {
            TemporaryFiles.delete(file);
            throw e;
        }
    }

    private long copyLimited(InputStream in, OutputStream out) throws IOException, Refused {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int n; (n = in.read(buffer)) > 0; ) {
            total += n;
            if (total > maxBytes) {
                throw new TooLarge();
            }
            out.write(buffer, 0, n);
        }
        return total;
    }

    /** The zip is not what the SDK sends; the message says why. */
    static class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String reason) {
            super(reason, null, false, false);
        }
    }

    /** The file inside is larger than allowed. */
    static final class TooLarge extends Refused {
        private static final long serialVersionUID = 1L;

        TooLarge() {
            super("too large");
        }
    }
}
