package vn.edoc.it;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edoc.it.AxisCalls.text;
import static vn.edoc.it.Packets.PROVINCE;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import vn.edoc.cli.EdocCli;

/**
 * The command-line tool's DMS commands against the running axis, as an integrator runs them: {@code send} as the
 * province's system, {@code simulate} playing a commune (take, confirm, answer 01 and 03), {@code pull} and
 * {@code status} by hand. Each goes through the client SDK (MTOM, UsernameToken).
 */
@ExtendWith(ArquillianExtension.class)
class DmsSimulatorIT {
    private static final String BASE_URL = System.getProperty("edoc.it.base-url", "http://localhost:8080");
    // a commune of An Khê with a sample seal; no other test sends to it
    private static final String COMMUNE = "000.01.42.H21";
    private static final String COMMUNE_DMS = "it-an-khe-commune-dms";
    private static final Pattern ACCEPTED = Pattern.compile("accepted ([0-9a-f\\-]{36})");

    private final AxisCalls province = new AxisCalls(BASE_URL);

    @TempDir
    Path work;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return EdocDeployment.ear();
    }

    @Test
    void theSimulatorTakesConfirmsAndAnswersEachDocument() throws IOException {
        String provinceSecret = secretFile("province", TestSystems.provinceSecret(BASE_URL));
        String communeSecret =
                secretFile("commune", TestSystems.register(BASE_URL, COMMUNE_DMS, "\"" + COMMUNE + "\"", 1000, null));
        Path first = packetFile("first.edxml", Packets.signedByProvinceTo(COMMUNE));
        Path second = packetFile("second.edxml", Packets.signedByProvinceTo(COMMUNE));

        Run sent = cli(
                "send",
                "--url",
                url(),
                "--system",
                TestSystems.PROVINCE_DMS,
                "--secret-file",
                provinceSecret,
                first.toString(),
                second.toString());
        assertThat(sent.exit).as(sent.out).isZero();
        List<String> packetIds = packetIds(sent.out);
        assertThat(packetIds).hasSize(2);

        Run simulated = asCommune(
                communeSecret,
                "simulate",
                "--office",
                COMMUNE,
                "--seal",
                seal().toString(),
                "--seal-password=edoc-sample",
                "--answer",
                "01,03",
                "--rounds",
                "1");

        assertThat(simulated.exit).as(simulated.out).isZero();
        assertThat(simulated.out).contains(COMMUNE + ": 2 documents and 0 status packets received, 4 statuses sent");
        for (String packetId : packetIds) {
            var trace = province.recipientTrace(PROVINCE, packetId, COMMUNE);
            assertThat(text(trace, "state")).isEqualTo("CONFIRMED");
            assertThat(text(trace, "progress")).isEqualTo("03");
        }
    }

    @Test
    void pullAndStatusByHandAndARefusalPrintedWithItsCode() throws IOException {
        String communeSecret =
                secretFile("commune", TestSystems.register(BASE_URL, COMMUNE_DMS, "\"" + COMMUNE + "\"", 1000, null));
        String packetId = text(province.sendDocument(Packets.signedByProvinceTo(COMMUNE)), "packetId");
        Path inbox = work.resolve("inbox");

        Run pulled = asCommune(communeSecret, "pull", "--office", COMMUNE, "--into", inbox.toString());
        assertThat(pulled.exit).as(pulled.out).isZero();
        assertThat(pulled.out).contains("received DOCUMENT " + packetId).contains("1 received and confirmed");
        Path received = inbox.resolve(packetId + ".edxml");
        assertThat(Files.exists(received)).isTrue();

        Run reported = asCommune(
                communeSecret,
                "status",
                "--office",
                COMMUNE,
                "--document",
                received.toString(),
                "--code",
                "03",
                "--seal",
                seal().toString(),
                "--seal-password=edoc-sample",
                "--staff",
                "Nguyễn Thị Văn Thư");
        assertThat(reported.exit).as(reported.out).isZero();
        assertThat(text(province.recipientTrace(PROVINCE, packetId, COMMUNE), "progress"))
                .isEqualTo("03");

        Run again = asCommune(
                communeSecret,
                "status",
                "--office",
                COMMUNE,
                "--document",
                received.toString(),
                "--code",
                "01",
                "--seal",
                seal().toString(),
                "--seal-password=edoc-sample",
                "--lang",
                "en");
        assertThat(again.exit).isEqualTo(EdocCli.PROBLEMS);
        assertThat(again.out).contains("refused STATUS_TRANSITION_ILLEGAL");

        Run unsigned = asCommune(
                communeSecret,
                "send",
                packetFile("unsigned.edxml", Packets.fresh("province-to-department-and-city.edxml"))
                        .toString());
        assertThat(unsigned.exit).isEqualTo(EdocCli.PROBLEMS);
        assertThat(unsigned.out).contains("refused ");
    }

    private record Run(int exit, String out) {}

    /** A command run as the commune's connected system: its URL and credentials before the other arguments. */
    private static Run asCommune(String secretFile, String command, String... args) {
        List<String> all =
                new ArrayList<>(List.of(command, "--url", url(), "--system", COMMUNE_DMS, "--secret-file", secretFile));
        all.addAll(List.of(args));
        return cli(all.toArray(String[]::new));
    }

    private static Run cli(String... args) {
        StringWriter out = new StringWriter();
        int exit = EdocCli.run(new PrintWriter(out, true), args);
        return new Run(exit, out.toString());
    }

    private static String url() {
        return BASE_URL + "/edoc-ws/AxisService";
    }

    private static List<String> packetIds(String output) {
        List<String> ids = new ArrayList<>();
        Matcher matcher = ACCEPTED.matcher(output);
        while (matcher.find()) {
            ids.add(matcher.group(1));
        }
        return ids;
    }

    private String secretFile(String name, String secret) throws IOException {
        return Files.writeString(work.resolve(name + ".secret"), secret).toString();
    }

    private Path packetFile(String name, byte[] packet) throws IOException {
        return Files.write(work.resolve(name), packet);
    }

    /** The commune's sample seal, copied out of the sample PKI on the class path. */
    private Path seal() throws IOException {
        Path file = work.resolve(COMMUNE + ".p12");
        if (!Files.exists(file)) {
            try (InputStream in = DmsSimulatorIT.class.getResourceAsStream("/sample-pki/offices/" + COMMUNE + ".p12")) {
                Files.copy(in, file);
            }
        }
        return file;
    }
}
