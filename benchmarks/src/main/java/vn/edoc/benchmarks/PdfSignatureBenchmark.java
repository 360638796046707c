package vn.edoc.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import vn.edoc.signature.PdfSignatureVerifier;
import vn.edoc.signature.PdfSigner;
import vn.edoc.signature.PdfVerification;
import vn.edoc.signature.SigningKey;
import vn.edoc.signature.TrustConfiguration;

/**
 * Checking the signatures inside a PDF of about 100 KB and 10 MB (a page that draws a form object of random bytes):
 * the leader's signature and the seal, each through the whole checklist; the leader's coverage step compares the
 * signed revision's page with the final one, which reads the file a second time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
public class PdfSignatureBenchmark {
    /** Bytes of the drawn object; the PDF is that plus a few kilobytes (and a CMS of about 4 KB a signature). */
    @Param({"75000", "7500000"})
    public int attachmentBytes;

    private Path signed;
    private PdfSignatureVerifier verifier;

    @Setup(Level.Trial)
    public void prepare() throws Exception {
        Path directory = Files.createTempDirectory("edoc-bench-pdf-");
        Path plain = plainPdf(directory.resolve("plain.pdf"), attachmentBytes);
        SigningKey leader = key("leaders/nguyen-van-mau.p12");
        SigningKey seal = key("offices/000.00.00.H21.p12");
        Path byLeader = directory.resolve("leader.pdf");
        signed = directory.resolve("sealed.pdf");
        PdfSigner signer = new PdfSigner();
        signer.sign(plain, byLeader, leader, new PdfSigner.Request("Ký ban hành", "Gia Lai", Instant.now()));
        signer.sign(byLeader, signed, seal, new PdfSigner.Request("Đóng dấu", "Gia Lai", Instant.now()));
        verifier = new PdfSignatureVerifier(new TrustConfiguration()
                .trustAnchor(seal.chain().get(2))
                .intermediate(seal.chain().get(1))
                .crl(SignatureBenchmark.crl("ca/root-ca.crl.pem"))
                .crl(SignatureBenchmark.crl("ca/intermediate-ca.crl.pem")));
        PdfVerification check = verifier.verify(signed, "sealed.pdf");
        if (!check.isValidlySigned() || check.signatures().size() != 2) {
            throw new IllegalStateException("the sample PDF should carry two valid signatures: " + check);
        }
    }

    @Benchmark
    public PdfVerification verifyPdf() {
        return verifier.verify(signed, "sealed.pdf");
    }

    private static Path plainPdf(Path file, int bytes) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            byte[] noise = new byte[bytes];
            new SplittableRandom(bytes).nextBytes(noise);
            PDFormXObject form = new PDFormXObject(new PDStream(document, new java.io.ByteArrayInputStream(noise)));
            org.apache.pdfbox.pdmodel.PDResources resources = new org.apache.pdfbox.pdmodel.PDResources();
            resources.add(form);
            page.setResources(resources);
            document.save(file.toFile());
        }
        return file;
    }

    private static SigningKey key(String path) throws Exception {
        try (var in = SignatureBenchmark.resource(path)) {
            return SigningKey.fromPkcs12(in, "edoc-sample".toCharArray());
        }
    }
}
