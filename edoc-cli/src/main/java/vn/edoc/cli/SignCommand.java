package vn.edoc.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.edoc.signature.PacketSigner;
import vn.edoc.signature.PdfSigner;
import vn.edoc.signature.SignatureRole;
import vn.edoc.signature.SigningKey;

/**
 * {@code sign FILE --role signer|agency --pkcs12 KEY.p12 --output OUT}: adds the leader's or the agency's signature to
 * a packet's envelope, or with {@code --pdf} to a PDF (the signature that binds by law: the leader's, then the seal).
 */
@Command(
        name = "sign",
        mixinStandardHelpOptions = true,
        description = {
            "Ký gói tin (hoặc tệp PDF với --pdf): chữ ký người có thẩm quyền (signer) trước, chữ ký cơ quan (agency)"
                    + " sau cùng.",
            "Signs a packet (or a PDF with --pdf): the leader (signer) first, the agency last."
        })
final class SignCommand implements Callable<Integer> {
    /** Where a script may put the PKCS#12 password instead of typing it. */
    static final String PASSWORD_VARIABLE = "EDOC_PKCS12_PASSWORD";

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "the packet to sign")
    private Path file;

    @Option(names = "--role", required = true, description = "signer or agency")
    private String role;

    @Option(names = "--pkcs12", required = true, paramLabel = "KEY.p12", description = "the key and its chain")
    private Path pkcs12;

    @Option(
            names = "--password",
            arity = "0..1",
            interactive = true,
            description =
                    "the PKCS#12 password (asked for when given without a value; or set " + PASSWORD_VARIABLE + ")")
    private char[] password;

    @Option(names = "--output", required = true, paramLabel = "OUT", description = "the signed packet or PDF")
    private Path output;

    @Option(names = "--pdf", description = "FILE is a PDF: add a signature inside it (incremental, PAdES-style)")
    private boolean pdf;

    @Option(names = "--reason", description = "the PDF signature's reason (default: Ký ban hành / Đóng dấu)")
    private String reason;

    @Option(names = "--location", description = "the PDF signature's location (default: none)")
    private String location;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        char[] secret = password != null ? password : fromEnvironment();
        try {
            SigningKey key = SigningKey.fromPkcs12(pkcs12, secret);
            SignatureRole signatureRole =
                    SignatureRole.valueOf(role.toUpperCase(Locale.ROOT).replace("LEADER", "SIGNER"));
            if (pdf) {
                String why =
                        reason != null ? reason : signatureRole == SignatureRole.SIGNER ? "Ký ban hành" : "Đóng dấu";
                new PdfSigner().sign(file, output, key, new PdfSigner.Request(why, location, Instant.now()));
            } else {
                byte[] signed = new PacketSigner().sign(Files.readAllBytes(file), signatureRole, key);
                Files.write(output, signed);
            }
            out.println(output + ": " + signatureRole + " "
                    + key.certificate().getSubjectX500Principal().getName());
            return 0;
        } finally {
            Arrays.fill(secret, '\0');
        }
    }

    private static char[] fromEnvironment() {
        String value = System.getenv(PASSWORD_VARIABLE);
        if (value == null) {
            throw new IllegalArgumentException("no password: give --password or set " + PASSWORD_VARIABLE);
        }
        return value.toCharArray();
    }
}
