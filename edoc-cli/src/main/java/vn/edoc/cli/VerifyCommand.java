package vn.edoc.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.edoc.edxml.model.DocumentPacket;
import vn.edoc.edxml.read.EdxmlReader;
import vn.edoc.edxml.read.ReadLimits;
import vn.edoc.edxml.read.ReadResult;
import vn.edoc.signature.PacketVerifier;
import vn.edoc.signature.PdfAttachments;
import vn.edoc.signature.PdfSignatureVerifier;
import vn.edoc.signature.RevocationPolicy;
import vn.edoc.signature.StepResult;
import vn.edoc.signature.TrustConfiguration;
import vn.edoc.signature.TrustDirectory;
import vn.edoc.signature.VerificationReport;

/** {@code verify FILE ...}: prints the verifier's checklist; exit code 1 when a step fails. */
@Command(
        name = "verify",
        mixinStandardHelpOptions = true,
        description = {
            "Kiểm tra chữ ký số của gói tin theo danh mục từng bước; mã thoát 1 khi có bước không đạt.",
            "Verifies a packet's signatures step by step; exit code 1 when a step fails."
        })
final class VerifyCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "the packet")
    private Path file;

    @Option(names = "--trust-anchor", paramLabel = "CA.pem", description = "a trusted root certificate (repeatable)")
    private List<Path> anchors = new ArrayList<>();

    @Option(
            names = "--intermediate",
            paramLabel = "CA.pem",
            description = "an intermediate CA certificate (repeatable)")
    private List<Path> intermediates = new ArrayList<>();

    @Option(names = "--crl", paramLabel = "CRL.pem", description = "a CRL (repeatable)")
    private List<Path> crls = new ArrayList<>();

    @Option(names = "--seal", paramLabel = "ORGANID=CERT.pem", description = "an office's registered seal (repeatable)")
    private List<String> seals = new ArrayList<>();

    @Option(
            names = "--trust-dir",
            paramLabel = "DIR",
            description = "a trust folder: anchors/, intermediates/, crls/, seals/<OrganId>/ (PEM)")
    private Path trustDirectory;

    @Option(names = "--soft-fail", description = "accept certificates whose revocation is unknown, with a warning")
    private boolean softFail;

    @Mixin
    private LanguageOption language;

    @Override
    public Integer call() throws Exception {
        TrustConfiguration trust =
                trustDirectory != null ? TrustDirectory.load(trustDirectory) : new TrustConfiguration();
        for (Path anchor : anchors) {
            TrustConfiguration.certificates(anchor).forEach(trust::trustAnchor);
        }
        for (Path intermediate : intermediates) {
            TrustConfiguration.certificates(intermediate).forEach(trust::intermediate);
        }
        for (Path crl : crls) {
            trust.crl(TrustConfiguration.crl(crl));
        }
        for (String seal : seals) {
            String[] parts = seal.split("=", 2);
            TrustConfiguration.certificates(Path.of(parts[1])).forEach(c -> trust.registerSeal(parts[0], c));
        }
        trust.revocationPolicy(softFail ? RevocationPolicy.SOFT_FAIL : RevocationPolicy.HARD_FAIL);
        VerificationReport report = new PacketVerifier(trust, ReadLimits.defaults()).verify(Files.readAllBytes(file));
        PrintWriter out = spec.commandLine().getOut();
        print(report, out);
        // the signatures inside the PDFs are reported, never a reason for the exit code: the envelope's verdict
        try (ReadResult read = new EdxmlReader(ReadLimits.defaults()).read(file)) {
            if (read.packet() instanceof DocumentPacket document) {
                new PdfPrinter(out, language.locale())
                        .print(PdfAttachments.verify(document, new PdfSignatureVerifier(trust)), true);
            }
        }
        out.flush();
        return report.isValid() ? 0 : EdocCli.PROBLEMS;
    }

    private void print(VerificationReport report, PrintWriter out) {
        boolean vietnamese = language.locale().getLanguage().equals("vi");
        out.println(file + ": "
                + (report.isValid()
                        ? (vietnamese ? "chữ ký hợp lệ" : "signatures valid")
                        : (vietnamese ? "chữ ký không hợp lệ" : "signatures invalid")));
        for (StepResult step : report.steps()) {
            String who = step.role() == null ? "" : " " + step.role();
            String why = step.code() == null ? "" : " " + step.code() + ": " + step.message(language.locale());
            out.printf("  %-14s %-20s%s%s%n", step.outcome(), step.step(), who, why);
        }
        out.flush();
    }
}
