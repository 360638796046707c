package vn.edoc.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.edoc.signature.PdfSamples;
import vn.edoc.signature.SigningKey;

/**
 * {@code sample-pdfs --keys signing-keys-sample/keys --output DIR}: writes the sample signed PDFs (the leader's
 * signature, then the seal) and the bad ones, each named after what a verifier must find.
 */
@Command(
        name = "sample-pdfs",
        mixinStandardHelpOptions = true,
        description = {
            "Tạo các tệp PDF mẫu ký số theo Nghị định 30 (lãnh đạo ký, rồi đóng dấu) và các tệp lỗi, bằng bộ khóa mẫu.",
            "Writes sample PDFs signed the ND30 way (leader, then seal) and bad ones, with the sample PKI's keys."
        })
final class SamplePdfsCommand implements Callable<Integer> {
    /** The sample PKI's published password (signing-keys-sample/README.md); these keys protect nothing. */
    private static final String SAMPLE_PASSWORD = "edoc-sample";

    @Spec
    private CommandSpec spec;

    @Option(
            names = "--keys",
            required = true,
            paramLabel = "DIR",
            description = "the sample PKI's keys folder (signing-keys-sample/keys)")
    private Path keys;

    @Option(names = "--output", required = true, paramLabel = "DIR", description = "where the PDFs are written")
    private Path output;

    @Override
    public Integer call() throws Exception {
        Files.createDirectories(output);
        PdfSamples samples =
                new PdfSamples(output, key("leaders/nguyen-van-mau.p12"), key("offices/000.00.00.H21.p12"));
        Map<Path, String> written = new LinkedHashMap<>();
        written.put(samples.unsigned(), "không ký / unsigned");
        written.put(samples.leader(), "hợp lệ: lãnh đạo ký / valid: the leader's signature");
        written.put(samples.leaderThenSeal(), "hợp lệ: lãnh đạo ký, rồi đóng dấu / valid: leader, then seal");
        written.put(samples.compressedLeaderThenSeal(), "hợp lệ (nén) / valid, compressed objects");
        written.put(samples.alteredAfterSigning(), "PDF_SIGNATURE_INVALID");
        written.put(samples.pageChangedInLaterRevision(), "PDF_CHANGED_AFTER_SIGNING");
        written.put(samples.signedWith(key("bad/expired.p12"), "expired"), "CERTIFICATE_EXPIRED");
        written.put(samples.signedWith(key("bad/unknown-ca.p12"), "unknown-ca"), "CERTIFICATE_UNTRUSTED");
        written.put(samples.signedWith(key("bad/revoked.p12"), "revoked"), "CERTIFICATE_REVOKED");
        PrintWriter out = spec.commandLine().getOut();
        written.forEach((file, verdict) -> out.printf("%-36s %s%n", file.getFileName(), verdict));
        out.flush();
        return 0;
    }

    private SigningKey key(String file) throws Exception {
        return SigningKey.fromPkcs12(keys.resolve(file), SAMPLE_PASSWORD.toCharArray());
    }
}
