package vn.edoc.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.edoc.error.ErrorCode;

/** Each sample PDF, good and bad, gets its verdict and its code. */
class PdfSignatureVerifierTest {
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    @TempDir
    Path directory;

    private final PdfSignatureVerifier verifier = new PdfSignatureVerifier(SamplePki.trust());

    @Test
    void theLeadersSignatureAndTheSealAreBothValidAndNamed() throws IOException {
        PdfVerification result = verifier.verify(new SamplePdfs(directory).leaderThenSeal(), "quyet-dinh.pdf");

        assertThat(result.isValidlySigned())
                .as(result.summaries(Locale.ENGLISH).toString())
                .isTrue();
        assertThat(result.signatures()).hasSize(2);
        PdfSignatureReport leader = result.signatures().get(0);
        PdfSignatureReport seal = result.signatures().get(1);
        assertThat(leader.signerName()).isEqualTo("Nguyễn Văn Mẫu");
        assertThat(leader.officeCode()).isEqualTo("000.00.00.H21");
        assertThat(leader.coversWholeFile()).as("the seal came after it").isFalse();
        assertThat(seal.signerName()).isEqualTo("UBND tỉnh Gia Lai");
        assertThat(seal.coversWholeFile()).isTrue();
        assertThat(leader.signedAt()).isNotNull();
        assertThat(leader.summary(VIETNAMESE))
                .startsWith("Ký bởi Nguyễn Văn Mẫu (000.00.00.H21), lúc ")
                .contains("hợp lệ");
        assertThat(seal.summary(Locale.ENGLISH))
                .startsWith("Signed by UBND tỉnh Gia Lai")
                .endsWith("valid");
    }

    @Test
    void aPdfWithObjectStreamsIsSignedTwiceAndVerified() throws IOException {
        PdfVerification result = verifier.verify(new SamplePdfs(directory).compressedLeaderThenSeal(), "q.pdf");

        assertThat(result.isValidlySigned())
                .as(result.summaries(Locale.ENGLISH).toString())
                .isTrue();
        assertThat(result.signatures()).hasSize(2);
    }

    @Test
    void aByteChangedAfterSigningBreaksEverySignature() throws IOException {
        PdfVerification result = verifier.verify(new SamplePdfs(directory).alteredAfterSigning(), "altered.pdf");

        assertThat(result.signatures()).hasSize(2).allSatisfy(s -> {
            assertThat(s.firstFailure().orElseThrow().code()).isEqualTo(ErrorCode.PDF_SIGNATURE_INVALID);
            assertThat(s.firstFailure().orElseThrow().check()).isEqualTo(PdfCheck.INTEGRITY);
        });
        assertThat(result.signatures().get(0).summary(VIETNAMESE)).contains("không hợp lệ vì");
    }

    @Test
    void aLaterRevisionThatChangesThePageIsFound() throws IOException {
        PdfVerification result = verifier.verify(new SamplePdfs(directory).pageChangedInLaterRevision(), "changed.pdf");

        PdfSignatureReport leader = result.signatures().get(0);
        assertThat(leader.coversWholeFile()).isFalse();
        assertThat(leader.firstFailure().orElseThrow().code()).isEqualTo(ErrorCode.PDF_CHANGED_AFTER_SIGNING);
        assertThat(leader.firstFailure().orElseThrow().arguments()).containsExactly(1, 1);
    }

    @Test
    void anExpiredCertificateIsRefusedAtItsSigningTime() throws IOException {
        PdfSignatureReport only = single(new SamplePdfs(directory).signedWithBad("expired"));

        assertThat(only.firstFailure().orElseThrow().code()).isEqualTo(ErrorCode.CERTIFICATE_EXPIRED);
        assertThat(only.firstFailure().orElseThrow().check()).isEqualTo(PdfCheck.CERTIFICATE_PATH);
    }

    @Test
    void aCertificateOfAnUnknownAuthorityIsUntrusted() throws IOException {
        PdfSignatureReport only = single(new SamplePdfs(directory).signedWithBad("unknown-ca"));

        assertThat(only.firstFailure().orElseThrow().code()).isEqualTo(ErrorCode.CERTIFICATE_UNTRUSTED);
    }

    @Test
    void aRevokedCertificateIsRefusedByTheCrl() throws IOException {
        PdfSignatureReport only = single(new SamplePdfs(directory).signedWithBad("revoked"));

        assertThat(only.firstFailure().orElseThrow().code()).isEqualTo(ErrorCode.CERTIFICATE_REVOKED);
        assertThat(only.firstFailure().orElseThrow().check()).isEqualTo(PdfCheck.REVOCATION);
    }

    @Test
    void aKeyThatMayNotSignIsRefused() throws IOException {
        PdfSignatureReport only = single(new SamplePdfs(directory).signedWithBad("wrong-key-usage"));

        assertThat(only.firstFailure().orElseThrow().code()).isEqualTo(ErrorCode.CERTIFICATE_KEY_USAGE);
    }

    @Test
    void aPdfCostsNoMoreThanItsLimits() throws IOException {
        Path pdf = new SamplePdfs(directory).leaderThenSeal();

        PdfVerification oneSignature =
                new PdfSignatureVerifier(SamplePki.trust(), new PdfLimits(1, 1 << 20)).verify(pdf, "q.pdf");
        PdfVerification tinyBudget =
                new PdfSignatureVerifier(SamplePki.trust(), new PdfLimits(20, 10)).verify(pdf, "q.pdf");

        assertThat(oneSignature.signatures().get(0).isValid()).isTrue();
        assertThat(oneSignature.signatures().get(1).firstFailure().orElseThrow().message(Locale.ENGLISH))
                .contains("more than 1 signatures");
        assertThat(tinyBudget.signatures().get(0).firstFailure().orElseThrow()).satisfies(f -> {
            assertThat(f.check()).isEqualTo(PdfCheck.COVERAGE);
            assertThat(f.code()).isEqualTo(ErrorCode.PDF_SIGNATURE_UNREADABLE);
        });
        assertThat(tinyBudget.signatures().get(1).isValid())
                .as("the seal covers the whole file")
                .isTrue();
    }

    @Test
    void anUnsignedPdfHasNoSignatureAndIsNotValidlySigned() throws IOException {
        PdfVerification result = verifier.verify(new SamplePdfs(directory).unsigned(), "quyet-dinh.pdf");

        assertThat(result.unreadable()).isNull();
        assertThat(result.isSigned()).isFalse();
        assertThat(result.isValidlySigned()).isFalse();
        assertThat(result.summaries(VIETNAMESE)).containsExactly("Không có chữ ký số trong tệp PDF");
    }

    @Test
    void aFileThatIsNoPdfIsReportedNotThrown() throws IOException {
        Path broken = Files.writeString(directory.resolve("broken.pdf"), "%PDF-1.7\nnot really\n");

        PdfVerification result = verifier.verify(broken, "broken.pdf");

        assertThat(result.unreadable().code()).isEqualTo(ErrorCode.PDF_UNREADABLE);
        assertThat(result.summaries(VIETNAMESE).get(0)).contains("broken.pdf");
        assertThat(PdfSignatureVerifier.isPdf(broken)).isTrue();
        assertThat(PdfSignatureVerifier.isPdf(Files.writeString(directory.resolve("a.txt"), "text")))
                .isFalse();
    }

    private PdfSignatureReport single(Path pdf) {
        PdfVerification result = verifier.verify(pdf, pdf.getFileName().toString());
        assertThat(result.signatures()).hasSize(1);
        return result.signatures().get(0);
    }
}
