package vn.edoc.signature;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.Arrays;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import vn.edoc.edxml.Sha256;

/**
 * Whether what was appended to a PDF after a signature changes what its pages show. The revision a signature covers
 * is the file up to its byte range's end; each page of it is compared with the same page now: the page count, the
 * decoded content streams, the image and form objects they draw, and the annotations other than form fields (a
 * later signature's widget is allowed, a text box laid over the page is not). Fonts and the document's scripts are not
 * compared: the check finds the common tampering (a page's text or image replaced or covered), not every one.
 */
final class PdfRevisions {
    private PdfRevisions() {}

    /** More decoded bytes than a comparison may read. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge() {
            super("the pages compared decode to more than edoc.pdf.max-decoded-bytes");
        }
    }

    /**
     * The first page (1-based) that differs between the revision ending at {@code end} and {@code now}; 0 if none.
     * Throws {@link TooLarge} when the pages compared decode to more than {@code maxDecodedBytes}.
     */
    static int firstChangedPage(Path file, long end, PDDocument now, long maxDecodedBytes) throws IOException {
        long[] budget = {maxDecodedBytes};
        // the revision as a file of its own: PDFBox reads a document's streams only from a source it can view into
        Path revision = Files.createTempFile("edoc-pdf-revision-", ".pdf");
        try (FileChannel from = FileChannel.open(file, StandardOpenOption.READ);
                FileChannel to = FileChannel.open(revision, StandardOpenOption.WRITE)) {
            from.transferTo(0, end, to);
        }
        try (PDDocument signed = Loader.loadPDF(revision.toFile())) {
            int pages = Math.max(signed.getNumberOfPages(), now.getNumberOfPages());
            for (int i = 0; i < pages; i++) {
                if (i >= signed.getNumberOfPages() || i >= now.getNumberOfPages()) {
                    return i + 1;
                }
                if (!Arrays.equals(fingerprint(signed.getPage(i), budget), fingerprint(now.getPage(i), budget))) {
                    return i + 1;
                }
            }
            return 0;
        } finally {
            Files.deleteIfExists(revision);
        }
    }

    /** A digest of what the page shows. */
    private static byte[] fingerprint(PDPage page, long[] budget) throws IOException {
        MessageDigest digest = Sha256.newDigest();
        try (InputStream contents = page.getContents()) {
            update(digest, contents, budget);
        }
        PDResources resources = page.getResources();
        if (resources != null) {
            for (COSName name : resources.getXObjectNames()) {
                digest.update(name.getName().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                PDXObject object = resources.getXObject(name);
                if (object != null) {
                    try (InputStream data = object.getCOSObject().createRawInputStream()) {
                        update(digest, data, budget);
                    }
                }
            }
        }
        for (PDAnnotation annotation : page.getAnnotations()) {
            if (!"Widget".equals(annotation.getSubtype())) {
                digest.update(
                        String.valueOf(annotation.getSubtype()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                digest.update(
                        String.valueOf(annotation.getContents()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                digest.update(
                        String.valueOf(annotation.getRectangle()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return digest.digest();
    }

    /** Digests a stream in blocks (an image of megabytes is never held whole), within what is left of the budget. */
    private static void update(MessageDigest digest, InputStream in, long[] budget) throws IOException {
        byte[] block = new byte[64 * 1024];
        for (int read = in.read(block); read >= 0; read = in.read(block)) {
            budget[0] -= read;
            if (budget[0] < 0) {
                throw new TooLarge();
            }
            digest.update(block, 0, read);
        }
    }
}
