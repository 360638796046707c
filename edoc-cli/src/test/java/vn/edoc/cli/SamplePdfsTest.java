package vn.edoc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.edoc.error.ErrorCode;
import vn.edoc.signature.PdfSignatureReport;
import vn.edoc.signature.PdfSignatureVerifier;
import vn.edoc.signature.PdfVerification;
import vn.edoc.signature.TrustDirectory;

/**
 * The sample PDFs of {@code signing-keys-sample/pdfs} (made by {@code sample-pdfs}) and a set made now each get the
 * verdict their README row promises, against the sample trust folder.
 */
class SamplePdfsTest {
    private static final Path KEYS = Path.of("..", "signing-keys-sample", "keys");
    private static final Path COMMITTED = Path.of("..", "signing-keys-sample", "pdfs");

    /** File, how many signatures, the first failure's code (null: every signature valid). */
    private record Expected(String file, int signatures, ErrorCode code) {}

    private static final List<Expected> VERDICTS = List.of(
            new Expected("quyet-dinh.pdf", 0, null),
            new Expected("leader.pdf", 1, null),
            new Expected("leader-then-seal.pdf", 2, null),
            new Expected("c-leader-then-seal.pdf", 2, null),
            new Expected("altered.pdf", 2, ErrorCode.PDF_SIGNATURE_INVALID),
            new Expected("page-changed.pdf", 1, ErrorCode.PDF_CHANGED_AFTER_SIGNING),
            new Expected("expired.pdf", 1, ErrorCode.CERTIFICATE_EXPIRED),
            new Expected("unknown-ca.pdf", 1, ErrorCode.CERTIFICATE_UNTRUSTED),
            new Expected("revoked.pdf", 1, ErrorCode.CERTIFICATE_REVOKED));

    @TempDir
    Path directory;

    @Test
    void theCommittedSamplesGetTheirVerdicts() throws Exception {
        assertVerdicts(COMMITTED);
    }

    @Test
    void theCommandWritesTheSameSetWithTheSameVerdicts() throws Exception {
        StringWriter text = new StringWriter();
        int exit = EdocCli.run(
                new PrintWriter(text, true),
                "sample-pdfs",
                "--keys",
                KEYS.toString(),
                "--output",
                directory.toString());

        assertThat(exit).isZero();
        assertThat(text.toString()).contains("leader-then-seal.pdf", "PDF_CHANGED_AFTER_SIGNING");
        assertVerdicts(directory);
    }

    private static void assertVerdicts(Path folder) throws Exception {
        PdfSignatureVerifier verifier = new PdfSignatureVerifier(TrustDirectory.load(KEYS.resolve("trust")));
        for (Expected expected : VERDICTS) {
            PdfVerification verification = verifier.verify(folder.resolve(expected.file()), expected.file());
            String shown = expected.file() + " " + verification.summaries(Locale.ENGLISH);
            assertThat(verification.unreadable()).as(shown).isNull();
            assertThat(verification.signatures()).as(shown).hasSize(expected.signatures());
            ErrorCode found = verification.signatures().stream()
                    .map(PdfSignatureReport::firstFailure)
                    .flatMap(java.util.Optional::stream)
                    .map(f -> f.code())
                    .findFirst()
                    .orElse(null);
            assertThat(found).as(shown).isEqualTo(expected.code());
        }
    }
}
