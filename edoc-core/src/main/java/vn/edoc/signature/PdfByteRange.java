package vn.edoc.signature;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.cms.CMSTypedData;

/**
 * The bytes a PDF signature covers: its file's two byte ranges (before and after the signature's own contents),
 * streamed from the file whenever the CMS needs them, never held in memory whole.
 */
final class PdfByteRange implements CMSTypedData {
    private final Path file;
    private final long[] range;

    private PdfByteRange(Path file, long[] range) {
        this.file = file;
        this.range = range;
    }

    /**
     * The byte range of a signature in a file of {@code length} bytes, or null when it is not one an honest signer
     * writes: two ranges from the file's start, around a gap, within the file.
     */
    static PdfByteRange of(Path file, int[] given, long length) {
        if (given == null || given.length != 4) {
            return null;
        }
        long[] range = {given[0], given[1], given[2], given[3]};
        boolean sane =
                range[0] == 0 && range[1] > 0 && range[2] > range[1] && range[3] >= 0 && range[2] + range[3] <= length;
        return sane ? new PdfByteRange(file, range) : null;
    }

    /** Where the signed bytes end: the file's length when nothing was added after the signature. */
    long end() {
        return range[2] + range[3];
    }

    @Override
    public ASN1ObjectIdentifier getContentType() {
        return CMSObjectIdentifiers.data;
    }

    @Override
    public void write(OutputStream out) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            copy(channel, range[0], range[1], out);
            copy(channel, range[2], range[3], out);
        }
    }

    private static void copy(FileChannel channel, long from, long length, OutputStream out) throws IOException {
        channel.position(from);
        InputStream in = Channels.newInputStream(channel);
        byte[] buffer = new byte[64 * 1024];
        long left = length;
        while (left > 0) {
            int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (read < 0) {
                throw new IOException("the PDF ends inside a signature's byte range");
            }
            out.write(buffer, 0, read);
            left -= read;
        }
    }

    @Override
    public Object getContent() {
        return file;
    }
}
