package vn.edoc.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.apache.xml.security.signature.XMLSignature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import vn.edoc.edxml.Fixtures;
import vn.edoc.edxml.Sha256;
import vn.edoc.edxml.model.Attachment;
import vn.edoc.edxml.model.AttachmentContent;
import vn.edoc.edxml.model.DocumentPacket;
import vn.edoc.edxml.model.ManifestReference;
import vn.edoc.edxml.read.EdxmlReader;
import vn.edoc.edxml.read.ReadLimits;
import vn.edoc.edxml.read.ReadResult;
import vn.edoc.edxml.write.EdxmlWriter;
import vn.edoc.error.ErrorCode;

/**
 * The desk's order (ND30): the leader signs inside the PDF and the envelope leaving the attachments to the PDF, the
 * clerk seals inside the PDF and then the envelope. Everything stays valid; a swapped or foreign PDF does not.
 */
class ContentInPdfTest {
    private static final String OFFICE = "000.00.00.H21";
    private static final PdfSigner.Request LEADER = new PdfSigner.Request("Ký ban hành", "Gia Lai", Instant.now());
    private static final PdfSigner.Request SEAL = new PdfSigner.Request("Đóng dấu", "Gia Lai", Instant.now());

    @TempDir
    Path directory;

    private final EdxmlReader reader = new EdxmlReader(ReadLimits.defaults());
    private final PacketVerifier verifier = new PacketVerifier(SamplePki.trust(), ReadLimits.defaults());
    private final PacketSigner signer = new PacketSigner();
    private final PdfAttachmentSigner pdfSigner = new PdfAttachmentSigner(ReadLimits.defaults());

    @Test
    void theLeaderThenTheSealInsideThePdfAndOnTheEnvelopeAllVerify() throws IOException {
        byte[] issued = issued(packetWith(pdf(), pdf()), "nguyen-van-mau");

        VerificationReport report = verifier.verify(issued);

        assertThat(report.firstFailure()).isEmpty();
        assertThat(report.step(VerificationStep.CONTENT_IN_PDF, SignatureRole.SIGNER)
                        .orElseThrow()
                        .outcome())
                .isEqualTo(StepResult.Outcome.PASSED);
        try (ReadResult read = reader.read(issued)) {
            var pdfs = PdfAttachments.verify(read.validDocument(), new PdfSignatureVerifier(SamplePki.trust()));
            assertThat(pdfs).hasSize(2).allSatisfy(pdf -> {
                assertThat(pdf.verification().isValidlySigned())
                        .as(pdf.verification().summaries(Locale.ENGLISH).toString())
                        .isTrue();
                assertThat(pdf.verification().signatures())
                        .extracting(PdfSignatureReport::officeCode, PdfSignatureReport::coversWholeFile)
                        .hasSize(2)
                        .last()
                        .isEqualTo(org.assertj.core.groups.Tuple.tuple(OFFICE, true));
                assertThat(pdf.verification().signatures().get(0).signerName()).isEqualTo("Nguyễn Văn Mẫu");
            });
        }
    }

    @Test
    void theStreamedDigestIsTheOneSantuarioComputesForTheXpathFilter() throws Exception {
        byte[] issued = issued(packetWith(pdf()), "nguyen-van-mau");
        Document document = SecureDom.parse(issued);
        Element leader = PacketStructure.headerSignatures(PacketStructure.header(document)).stream()
                .filter(e -> SignatureRole.SIGNER.id().equals(e.getAttribute("Id")))
                .findFirst()
                .orElseThrow();

        XMLSignature signature = new XMLSignature(leader, "", true);

        assertThat(SignatureChecks.signerCoverage(signature)).isEqualTo(SignerCoverage.CONTENT_IN_PDF);
        assertThat(signature.checkSignatureValue(signature.getKeyInfo().getX509Certificate()))
                .isTrue();
    }

    @Test
    void aPdfSwappedAfterTheLeaderSignedIsRefusedThoughTheEnvelopeSignatureStillMatches() throws IOException {
        byte[] leaderSigned = leaderSigned(packetWith(pdf()), "nguyen-van-mau");
        byte[] swapped = replaceContent(leaderSigned, Files.readAllBytes(pdf()));
        byte[] sealed = signer.sign(swapped, SignatureRole.AGENCY, SamplePki.office(OFFICE));

        VerificationReport report = verifier.verify(sealed);

        assertThat(report.step(VerificationStep.SIGNATURE_VALUE, SignatureRole.SIGNER)
                        .orElseThrow()
                        .outcome())
                .isEqualTo(StepResult.Outcome.PASSED);
        StepResult failure = report.firstFailure().orElseThrow();
        assertThat(failure.step()).isEqualTo(VerificationStep.CONTENT_IN_PDF);
        assertThat(failure.code()).isEqualTo(ErrorCode.CONTENT_NOT_SIGNED_IN_PDF);
        assertThat(failure.message(Locale.ENGLISH))
                .contains("quyet-dinh-1.pdf")
                .contains("no signature of this signer");
    }

    @Test
    void aPdfSignedInsideByAnotherLeaderIsNotTheSignersContent() throws IOException {
        byte[] leaderSigned = leaderSigned(packetWith(pdf()), "nguyen-van-mau");
        Path other = directory.resolve("other.pdf");
        new PdfSigner().sign(pdf(), other, SamplePki.leader("tran-thi-lan"), LEADER);
        byte[] sealed =
                signer.sign(replaceContent(leaderSigned, Files.readAllBytes(other)), SignatureRole.AGENCY, seal());

        assertThat(verifier.verify(sealed).firstFailure().orElseThrow().code())
                .isEqualTo(ErrorCode.CONTENT_NOT_SIGNED_IN_PDF);
    }

    @Test
    void anAttachmentThatIsNoPdfCannotBeLeftToThePdf() throws IOException {
        byte[] packet = packetWith(pdf());
        // the leader's form is forced here; the desk never chooses it for a packet with other files
        byte[] notPdf = replaceContent(packet, "văn bản thường".getBytes(StandardCharsets.UTF_8));
        byte[] signed = signer.sign(
                signer.sign(
                        notPdf,
                        SignatureRole.SIGNER,
                        SamplePki.leader("nguyen-van-mau"),
                        SignerCoverage.CONTENT_IN_PDF),
                SignatureRole.AGENCY,
                seal());

        StepResult failure = verifier.verify(signed).firstFailure().orElseThrow();

        assertThat(failure.code()).isEqualTo(ErrorCode.CONTENT_NOT_SIGNED_IN_PDF);
        assertThat(failure.message(Locale.ENGLISH)).contains("not a PDF");
    }

    @Test
    void theHeaderStaysCoveredByTheLeader() throws IOException {
        byte[] issued = issued(packetWith(pdf()), "nguyen-van-mau");
        byte[] changed = new String(issued, StandardCharsets.UTF_8)
                .replace("Nguyễn Văn Mẫu</edXML:FullName>", "Nguyễn Văn Mẫu </edXML:FullName>")
                .getBytes(StandardCharsets.UTF_8);

        VerificationReport report = verifier.verify(changed);

        assertThat(report.step(VerificationStep.SIGNATURE_VALUE, SignatureRole.SIGNER)
                        .orElseThrow()
                        .code())
                .isEqualTo(ErrorCode.SIGNATURE_VALUE_INVALID);
    }

    @Test
    void sealingInsideThePdfWouldBreakALeaderSignatureOverTheWholePacket() throws IOException {
        byte[] packet = pdfSigner.sign(packetWith(pdf()), SamplePki.leader("nguyen-van-mau"), LEADER);
        byte[] whole = signer.sign(packet, SignatureRole.SIGNER, SamplePki.leader("nguyen-van-mau"));
        assertThat(SignerCoverage.ofSigned(whole)).isEqualTo(SignerCoverage.WHOLE_PACKET);

        byte[] sealedInside = signer.sign(pdfSigner.sealSigned(whole, seal(), SEAL), SignatureRole.AGENCY, seal());

        assertThat(verifier.verify(sealedInside).firstFailure().orElseThrow().code())
                .isEqualTo(ErrorCode.SIGNATURE_VALUE_INVALID);
    }

    @Test
    void theDeskChoosesTheFormByTheAttachments() throws IOException {
        try (ReadResult allPdf = reader.read(packetWith(pdf()));
                ReadResult mixed = reader.read(Fixtures.resource("/packets/valid/gia-lai-decision.edxml"));
                ReadResult none = reader.read(Fixtures.resource("/packets/valid/minimal.edxml"))) {
            assertThat(SignerCoverage.fitting(allPdf.validDocument())).isEqualTo(SignerCoverage.CONTENT_IN_PDF);
            assertThat(SignerCoverage.fitting(mixed.validDocument())).isEqualTo(SignerCoverage.WHOLE_PACKET);
            assertThat(SignerCoverage.fitting(none.validDocument())).isEqualTo(SignerCoverage.WHOLE_PACKET);
        }
    }

    /** What the desk does: leader in the PDF and on the envelope (content in the PDF), then the clerk's seal. */
    private byte[] issued(byte[] packet, String leader) throws IOException {
        byte[] signed = leaderSigned(packet, leader);
        assertThat(SignerCoverage.ofSigned(signed)).isEqualTo(SignerCoverage.CONTENT_IN_PDF);
        return signer.sign(pdfSigner.sealSigned(signed, seal(), SEAL), SignatureRole.AGENCY, seal());
    }

    private byte[] leaderSigned(byte[] packet, String leader) throws IOException {
        SigningKey key = SamplePki.leader(leader);
        return signer.sign(
                pdfSigner.sign(packet, key, LEADER), SignatureRole.SIGNER, key, SignerCoverage.CONTENT_IN_PDF);
    }

    private static SigningKey seal() {
        return SamplePki.office(OFFICE);
    }

    private Path pdf() throws IOException {
        return new SamplePdfs(directory).unsigned();
    }

    /** The Gia Lai decision with {@code pdfs} as its only attachments. */
    private byte[] packetWith(Path... pdfs) throws IOException {
        try (ReadResult base = reader.read(Fixtures.resource("/packets/valid/gia-lai-decision.edxml"))) {
            DocumentPacket document = base.validDocument();
            Attachment first = document.attachments().get(0);
            List<Attachment> attachments = new java.util.ArrayList<>();
            List<ManifestReference> manifest = new java.util.ArrayList<>();
            for (int i = 0; i < pdfs.length; i++) {
                String contentId = first.contentId() + i;
                String name = "quyet-dinh-" + (i + 1) + ".pdf";
                attachments.add(new Attachment(
                        contentId,
                        name,
                        first.description(),
                        "application/pdf",
                        new AttachmentContent(pdfs[i], Files.size(pdfs[i]), Sha256.of(pdfs[i]), false)));
                manifest.add(new ManifestReference(contentId, "application/pdf", first.description(), name));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new EdxmlWriter()
                    .write(
                            new DocumentPacket(document.header(), document.traceHeaderList(), manifest, attachments),
                            out);
            return out.toByteArray();
        }
    }

    /** The first attachment's content replaced by {@code bytes}, the rest of a signed packet untouched. */
    private static byte[] replaceContent(byte[] packet, byte[] bytes) throws IOException {
        try {
            Document document = SecureDom.parse(packet);
            Element content =
                    (Element) document.getElementsByTagNameNS(vn.edoc.edxml.Edxml.NAMESPACE, "ContentTransferEncoded")
                            .item(0);
            content.setTextContent(java.util.Base64.getEncoder().encodeToString(bytes));
            return SecureDom.serialize(document);
        } catch (org.xml.sax.SAXException e) {
            throw new IOException(e);
        }
    }
}
