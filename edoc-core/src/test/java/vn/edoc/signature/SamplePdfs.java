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
 * Sample PDFs signed the Nghị định 30 way with the sample PKI (the leader's signature, then the agency's seal), and
 * bad ones with one defect each, made in a test's temporary directory.
 */
final class SamplePdfs {
    static final Instant SIGNED_AT = Instant.parse("2026-11-27T01:30:00Z");
    static final String TEXT = "Quyet dinh so 123/QD-UBND ngay 27/11/2026";

    private final Path directory;
    private final PdfSigner signer = new PdfSigner();

    SamplePdfs(Path directory) {
        this.directory = directory;
    }

    /** A one-page decision, not signed, its text uncompressed (so a test can alter a byte of it). */
    Path unsigned() throws IOException {
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
            document.save(file.toFile(), org.apache.pdfbox.pdfwriter.compress.CompressParameters.NO_COMPRESSION);
        }
        return file;
    }

    /** The decision saved as PDFBox and most office tools save by default: object streams and a cross-reference stream. */
    Path unsignedCompressed() throws IOException {
        Path plain = unsigned();
        Path file = directory.resolve("quyet-dinh-compressed.pdf");
        try (PDDocument document = Loader.loadPDF(plain.toFile())) {
            document.save(file.toFile());
        }
        return file;
    }

    /** {@link #unsignedCompressed()} signed by the leader, then sealed. */
    Path compressedLeaderThenSeal() throws IOException {
        Path leader = sign(unsignedCompressed(), SamplePki.leader("nguyen-van-mau"), "Ký ban hành", "c-leader.pdf");
        return sign(leader, SamplePki.office("000.00.00.H21"), "Đóng dấu", "c-leader-then-seal.pdf");
    }

    /** Signed by the province chairman, then sealed by UBND tỉnh Gia Lai. */
    Path leaderThenSeal() throws IOException {
        return sign(leader(), SamplePki.office("000.00.00.H21"), "Đóng dấu", "leader-then-seal.pdf");
    }

    /** Signed by the province chairman only. */
    Path leader() throws IOException {
        return sign(unsigned(), SamplePki.leader("nguyen-van-mau"), "Ký ban hành", "leader.pdf");
    }

    /** Signed with a sample key that has one defect ({@code expired}, {@code unknown-ca}, {@code revoked}, ...). */
    Path signedWithBad(String defect) throws IOException {
        return sign(unsigned(), SamplePki.bad(defect), "Ký", defect + ".pdf");
    }

    /** Signed, then one byte of the signed text changed in place (the same length: only the digest tells). */
    Path alteredAfterSigning() throws IOException {
        Path signed = leaderThenSeal();
        byte[] bytes = Files.readAllBytes(signed);
        String text = new String(bytes, StandardCharsets.ISO_8859_1).replace("123/QD-UBND", "456/QD-UBND");
        Path altered = directory.resolve("altered.pdf");
        Files.write(altered, text.getBytes(StandardCharsets.ISO_8859_1));
        return altered;
    }

    /** Signed by the leader, then a revision appended that draws more text on the page, without a signature. */
    Path pageChangedInLaterRevision() throws IOException {
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
