package vn.edoc.web.admin;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import vn.edoc.error.EdocException;
import vn.edoc.error.ErrorCode;

/**
 * A request body read into memory only up to a limit: a body that announces more, or streams more, is refused with
 * {@code tooLarge} as soon as the limit is passed, and what was read is dropped. JAX-RS would otherwise read a whole
 * {@code byte[]} body (a gigabyte, if sent) before the resource could look at it.
 */
final class BoundedBody {
    private BoundedBody() {}

    static byte[] read(InputStream body, long announcedLength, long maxBytes, ErrorCode tooLarge) {
        if (announcedLength > maxBytes) {
            throw new EdocException(tooLarge, "body", announcedLength + " bytes", maxBytes + " bytes");
        }
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = body) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                if (read.size() + (long) n > maxBytes) {
                    throw new EdocException(tooLarge, "body", "> " + maxBytes + " bytes", maxBytes + " bytes");
                }
                read.write(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return read.toByteArray();
    }
}
