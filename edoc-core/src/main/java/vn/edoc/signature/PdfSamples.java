package vn.edoc.signature;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Sample PDFs signed the Nghị định 30 way (the leader's signature, then the agency's seal as a later revision), and bad
 * ones with one defect each: material to try a document system or the axis on the signatures inside PDFs. Made with
 * the keys given (the sample PKI's, {@code signing-keys-sample}); {@code edoc-cli sample-pdfs} writes a set, and the
 * tests make theirs.
 */
public final class PdfSamples {
    /** The time every sample says it was signed. */
    public static final Instant SIGNED_AT = Instant.parse("2026-11-27T01:30:00Z");
    /** The one line of the sample decision's page. */
    public static final String TEXT = "Quyet dinh so 123/QD-UBND ngay 27/11/2026";

    private final Path directory;
    private final SigningKey leaderKey;
    private final SigningKey sealKey;
    private final PdfSigner signer = new PdfSigner();

    /** Samples written into {@code directory}, signed by {@code leader} and sealed with {@code seal}. */
    public PdfSamples(Path directory, SigningKey leader, SigningKey seal) {
        this.directory = directory;
        this.leaderKey = leader;
        this.sealKey = seal;
    }

    /** A one-page decision, not signed, its text uncompressed (so a test can alter a byte of it). */
    public Path unsigned() throws IOException {
        Path file = directory.resolve("quyet-dinh.pdf");
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream text =
                    new PDPageContentStream(document, page, PDPageContentStream.AppendMode.OVERWRITE, false)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                text.newLineAtOffset(72, 700);
                text.showText(TEXT);
                text.endText();
            }
            Files.deleteIfExists(file); // each sample made from it is written anew too
            document.save(file.toFile(), org.apache.pdfbox.pdfwriter.compress.CompressParameters.NO_COMPRESSION);
        }
        return file;
    }

    /** The decision saved as PDFBox and most office tools save by default: object streams and a cross-reference stream. */
    public Path unsignedCompressed() throws IOException {
        Path plain = unsigned();
        Path file = directory.resolve("quyet-dinh-compressed.pdf");
        try (PDDocument document = Loader.loadPDF(plain.toFile())) {
            Files.deleteIfExists(file);
            document.save(file.toFile());
        }
        return file;
    }

    /** {@link #unsignedCompressed()} signed by the leader, then sealed. */
    public Path compressedLeaderThenSeal() throws IOException {
        Path leader = sign(unsignedCompressed(), leaderKey, "Ký ban hành", "c-leader.pdf");
        return sign(leader, sealKey, "Đóng dấu", "c-leader-then-seal.pdf");
    }

    /** Signed by the province chairman, then sealed by UBND tỉnh Gia Lai. */
    public Path leaderThenSeal() throws IOException {
        return sign(leader(), sealKey, "Đóng dấu", "leader-then-seal.pdf");
    }

    /** Signed by the province chairman only. */
    public Path leader() throws IOException {
        return sign(unsigned(), leaderKey, "Ký ban hành", "leader.pdf");
    }

    /** Signed with {@code key}, one of the sample PKI's keys with a defect ({@code expired}, {@code revoked}, ...). */
    public Path signedWith(SigningKey key, String defect) throws IOException {
        return sign(unsigned(), key, "Ký", defect + ".pdf");
    }

    /** Signed, then one byte of the signed text changed in place (the same length: only the digest tells). */
    public Path alteredAfterSigning() throws IOException {
        Path signed = leaderThenSeal();
        byte[] bytes = Files.readAllBytes(signed);
        String text = new String(bytes, StandardCharsets.ISO_8859_1).replace("123/QD-UBND", "456/QD-UBND");
        Path altered = directory.resolve("altered.pdf");
        Files.write(altered, text.getBytes(StandardCharsets.ISO_8859_1));
        return altered;
    }

    /** Signed by the leader, then a revision appended that draws more text on the page, without a signature. */
    public Path pageChangedInLaterRevision() throws IOException {
        Path signed = leader();
        Path changed = directory.resolve("page-changed.pdf");
        try (PDDocument document = Loader.loadPDF(signed.toFile());
                OutputStream out = Files.newOutputStream(changed)) {
            PDPage page = document.getPage(0);
            try (PDPageContentStream text =
                    new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, false)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                text.newLineAtOffset(72, 650);
                text.showText("Bai bo Quyet dinh tren");
                text.endText();
            }
            page.getCOSObject().setNeedToBeUpdated(true);
            document.getPages().getCOSObject().setNeedToBeUpdated(true);
            document.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
            document.saveIncremental(out);
        }
        return changed;
    }

    private Path sign(Path in, SigningKey key, String reason, String name) throws IOException {
        Path out = directory.resolve(name);
        signer.sign(in, out, key, new PdfSigner.Request(reason, "Gia Lai", SIGNED_AT));
        return out;
    }
}
