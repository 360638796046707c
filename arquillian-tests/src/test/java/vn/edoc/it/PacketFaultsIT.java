package vn.edoc.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.edoc.edxml.read.EdxmlReader;
import vn.edoc.edxml.read.ReadLimits;
import vn.edoc.edxml.read.ReadResult;
import vn.edoc.error.Problem;

/**
 * Every negative fixture of the edXML reader (one defect each, named by its file) sent to the axis over SOAP: the
 * fault carries that defect's code as its own code and as its SOAP fault code, the element path, both messages, and
 * nothing is stored. The expected code is the reader's own verdict on the same file, so the axis and the reader can
 * never drift apart.
 */
@ExtendWith(ArquillianExtension.class)
class PacketFaultsIT {
    private static final String BASE_URL = System.getProperty("edoc.it.base-url", "http://localhost:8080");
    private static final Path FIXTURES = Path.of("..", "edoc-core", "src", "test", "resources", "packets", "invalid");

    // UBND xã Ia Nan (Đức Cơ): no other test sends to it
    private static final String OFFICE = "000.10.50.H21";

    private final AxisCalls axis = new AxisCalls(BASE_URL);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return EdocDeployment.ear();
    }

    @Test
    void eachDefectIsRefusedWithItsOwnCodeAndPathAndNothingIsStored() throws IOException {
        List<Path> fixtures = fixtures();
        assertThat(fixtures).hasSizeGreaterThanOrEqualTo(40);
        Map<String, Long> before = Rows.ofExchange();
        SoftAssertions softly = new SoftAssertions();

        for (Path fixture : fixtures) {
            String name = fixture.getFileName().toString();
            Problem expected = readersVerdict(fixture);
            byte[] packet = Files.readAllBytes(fixture);
            SoapFault fault = refusal(
                    name, name.startsWith("status-") ? () -> axis.sendStatus(packet) : () -> axis.sendDocument(packet));
            softly.assertThat(fault.code).as(name).isEqualTo(expected.code().name());
            softly.assertThat(fault.faultCode)
                    .as(name)
                    .endsWith(":Client." + expected.code().name());
            softly.assertThat(fault.path).as(name).isEqualTo(expected.path());
            softly.assertThat(fault.messageVi).as(name).isNotBlank().isNotEqualTo(fault.messageEn);
            softly.assertThat(fault.messageEn).as(name).isNotBlank().doesNotContain("{0}");
        }

        softly.assertThat(Rows.ofExchange()).as("nothing stored").isEqualTo(before);
        softly.assertAll();
    }

    @Test
    void anUnknownSenderTooManyElementsAndAWrongDigestOnConfirmationAreRefusedWithTheirCodes() {
        String packet = new String(Packets.fresh("province-to-department-and-city.edxml"), StandardCharsets.UTF_8)
                .replace(Packets.PROVINCE, "000.00.99.H21");
        SoapFault unknown = BadInputIT.refused(axis, packet.getBytes(StandardCharsets.UTF_8));
        assertThat(unknown.code).isEqualTo("SENDER_UNKNOWN");
        assertThat(unknown.faultCode).endsWith(":Client.SENDER_UNKNOWN");

        String crowded = new String(Packets.fresh("province-to-department-and-city.edxml"), StandardCharsets.UTF_8)
                .replace(
                        "</edXML:MessageHeader>",
                        "<edXML:OtherInfo>" + "<X/>".repeat(100_001) + "</edXML:OtherInfo></edXML:MessageHeader>");
        assertThat(BadInputIT.refused(axis, crowded.getBytes(StandardCharsets.UTF_8)).code)
                .isEqualTo("PACKET_TOO_MANY_ELEMENTS");

        String packetId = AxisCalls.text(axis.sendDocument(Packets.signedByProvinceTo(OFFICE)), "packetId");
        SoapFault mismatch = refusal("confirmation", () -> axis.confirmReceived(OFFICE, packetId, "0".repeat(64)));
        assertThat(mismatch.code).isEqualTo("DIGEST_MISMATCH");
        assertThat(mismatch.path).isEqualTo("sha256");
        assertThat(AxisCalls.text(axis.recipientTrace(Packets.PROVINCE, packetId, OFFICE), "state"))
                .as("a refused confirmation confirms nothing")
                .isEqualTo("WAITING");
    }

    private static SoapFault refusal(String name, Runnable call) {
        try {
            call.run();
        } catch (SoapFault fault) {
            return fault;
        }
        throw new AssertionError(name + " was accepted");
    }

    private static List<Path> fixtures() throws IOException {
        try (Stream<Path> files = Files.list(FIXTURES)) {
            return files.filter(f -> f.toString().endsWith(".edxml")).sorted().toList();
        }
    }

    /** The one problem the edXML reader finds in the fixture. */
    private static Problem readersVerdict(Path fixture) {
        try (ReadResult result = new EdxmlReader(ReadLimits.defaults()).read(fixture)) {
            assertThat(result.problems()).as(fixture.toString()).hasSize(1);
            return result.problems().get(0);
        }
    }
}
