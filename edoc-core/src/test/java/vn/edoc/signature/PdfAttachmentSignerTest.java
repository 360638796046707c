package vn.edoc.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.edoc.edxml.Fixtures;
import vn.edoc.edxml.model.Attachment;
import vn.edoc.edxml.model.AttachmentContent;
import vn.edoc.edxml.model.DocumentPacket;
import vn.edoc.edxml.read.EdxmlReader;
import vn.edoc.edxml.read.ReadLimits;
import vn.edoc.edxml.read.ReadResult;
import vn.edoc.edxml.write.EdxmlWriter;

/** A draft's PDF is signed inside the PDF and the packet written again around it, the rest unchanged. */
class PdfAttachmentSignerTest {
    @TempDir
    Path directory;

    private final EdxmlReader reader = new EdxmlReader(ReadLimits.defaults());

    @Test
    void thePdfOfThePacketCarriesTheLeadersValidSignatureAndTheHeaderIsUnchanged() throws IOException {
        byte[] packet = packetWithPdf(false);

        byte[] signed = new PdfAttachmentSigner(ReadLimits.defaults())
                .sign(
                        packet,
                        SamplePki.leader("nguyen-van-mau"),
                        new PdfSigner.Request("Ký ban hành", "Gia Lai", Instant.now()));

        try (ReadResult before = reader.read(packet);
                ReadResult after = reader.read(signed)) {
            DocumentPacket was = before.validDocument();
            DocumentPacket is = after.validDocument();
            assertThat(is.header()).isEqualTo(was.header());
            assertThat(is.attachments().get(0).content().sha256())
                    .isNotEqualTo(was.attachments().get(0).content().sha256());
            var pdfs = PdfAttachments.verify(is, new PdfSignatureVerifier(SamplePki.trust()));
            assertThat(pdfs).singleElement().satisfies(pdf -> {
                assertThat(pdf.verification().isValidlySigned())
                        .as(pdf.verification().summaries(Locale.ENGLISH).toString())
                        .isTrue();
                assertThat(pdf.verification().signatures().get(0).signerName()).isEqualTo("Nguyễn Văn Mẫu");
            });
        }
    }

    @Test
    void aPdfInsideTheSdksZipIsSignedAndStaysZipped() throws IOException {
        byte[] signed = new PdfAttachmentSigner(ReadLimits.defaults())
                .sign(
                        packetWithPdf(true),
                        SamplePki.leader("nguyen-van-mau"),
                        new PdfSigner.Request("Ký", "Gia Lai", Instant.now()));

        try (ReadResult after = reader.read(signed)) {
            DocumentPacket is = after.validDocument();
            assertThat(is.attachments().get(0).content().zipWrapped()).isTrue();
            assertThat(PdfAttachments.verify(is, new PdfSignatureVerifier(SamplePki.trust())))
                    .singleElement()
                    .satisfies(pdf ->
                            assertThat(pdf.verification().isValidlySigned()).isTrue());
        }
    }

    @Test
    void aPacketWithoutPdfComesBackAsItWas() throws IOException {
        byte[] packet = java.nio.file.Files.readAllBytes(Fixtures.resource("/packets/valid/minimal.edxml"));

        byte[] same = new PdfAttachmentSigner(ReadLimits.defaults())
                .sign(
                        packet,
                        SamplePki.leader("nguyen-van-mau"),
                        new PdfSigner.Request("Ký", "Gia Lai", Instant.now()));

        assertThat(same).isSameAs(packet);
    }

    private byte[] packetWithPdf(boolean zipped) throws IOException {
        Path pdf = new SamplePdfs(directory).unsigned();
        try (ReadResult base = reader.read(Fixtures.resource("/packets/valid/gia-lai-decision.edxml"))) {
            DocumentPacket document = base.validDocument();
            Attachment first = document.attachments().get(0);
            Attachment withPdf = new Attachment(
                    first.contentId(),
                    "quyet-dinh.pdf",
                    first.description(),
                    zipped ? "application/zip" : "application/pdf",
                    new AttachmentContent(pdf, java.nio.file.Files.size(pdf), vn.edoc.edxml.Sha256.of(pdf), zipped));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new EdxmlWriter()
                    .write(
                            new DocumentPacket(
                                    document.header(),
                                    document.traceHeaderList(),
                                    document.manifest(),
                                    List.of(withPdf, document.attachments().get(1))),
                            out);
            return out.toByteArray();
        }
    }
}
