package vn.edoc.edxml.write;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import vn.edoc.edxml.model.Attachment;

/** Streams an attachment's file as base64, zipped first when the model says it travels zipped. */
final class AttachmentEncoder {
    /** The zip entry's time is fixed (the DOS epoch), so the same file always gives the same bytes. */
    private static final LocalDateTime FIXED_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

    private AttachmentEncoder() {}

    static void encode(Attachment attachment, OutputStream text) {
        try (OutputStream base64 = Base64.getEncoder().wrap(new NonClosing(text));
                InputStream file = Files.newInputStream(attachment.content().file())) {
            if (attachment.content().zipWrapped()) {
                try (ZipOutputStream zip = new ZipOutputStream(new NonClosing(base64))) {
                    ZipEntry entry = new ZipEntry(attachment.attachmentName());
                    entry.setTimeLocal(FIXED_TIME);
                    zip.putNextEntry(entry);
                    file.transferTo(zip);
                    zip.closeEntry();
                }
            } else {
                file.transferTo(base64);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lets an inner stream finish (zip directory, base64 padding) without closing what lies beneath. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
