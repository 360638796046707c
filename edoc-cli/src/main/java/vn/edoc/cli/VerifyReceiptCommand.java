package vn.edoc.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.edoc.error.EdocException;
import vn.edoc.signature.Receipt;
import vn.edoc.signature.ReceiptVerifier;
import vn.edoc.signature.TrustConfiguration;

/** {@code verify-receipt --axis-certificate AXIS.pem FILE}: checks a receipt of the axis offline. */
@Command(
        name = "verify-receipt",
        mixinStandardHelpOptions = true,
        description = {
            "Kiểm tra biên nhận do trục ký bằng chứng thư số của trục; mã thoát 1 khi không hợp lệ.",
            "Verifies a receipt the axis signed, with the axis's certificate; exit code 1 when it is not valid."
        })
final class VerifyReceiptCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "the receipt (XML)")
    private Path file;

    @Option(
            names = "--axis-certificate",
            required = true,
            paramLabel = "AXIS.pem",
            description = "the axis's certificate, obtained from its operator")
    private Path axisCertificate;

    @Mixin
    private LanguageOption language;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        boolean vietnamese = language.locale().getLanguage().equals("vi");
        try {
            Receipt receipt = new ReceiptVerifier(
                            TrustConfiguration.certificates(axisCertificate).get(0))
                    .verify(Files.readAllBytes(file));
            out.println(file + ": " + (vietnamese ? "biên nhận hợp lệ" : "receipt valid"));
            out.printf("  %-12s %s%n", "kind", receipt.kind());
            out.printf("  %-12s %s%n", "axis", receipt.axis());
            out.printf("  %-12s %s%n", "packetId", receipt.packetId());
            out.printf("  %-12s %s%n", "documentId", receipt.documentId());
            out.printf("  %-12s %s%n", "senderId", receipt.senderId());
            if (receipt.recipientId() != null) {
                out.printf("  %-12s %s%n", "recipientId", receipt.recipientId());
            }
            out.printf("  %-12s %s%n", "sha256", receipt.sha256());
            out.printf("  %-12s %s%n", "at", receipt.at());
            out.flush();
            return 0;
        } catch (EdocException e) {
            out.println(file + ": " + (vietnamese ? "biên nhận không hợp lệ" : "receipt invalid") + " – " + e.code()
                    + ": " + e.message(language.locale()));
            out.flush();
            return EdocCli.PROBLEMS;
        }
    }
}
