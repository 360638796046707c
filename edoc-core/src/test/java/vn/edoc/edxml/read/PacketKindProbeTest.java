package vn.edoc.edxml.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.edoc.edxml.Fixtures;

/** sendEdoc's packet decides its kind: every status sample is a status, every document (a revocation too) is not. */
class PacketKindProbeTest {
    @Test
    void theSdksSamplesAreToldApartByStatusCode() {
        for (Path sample : Fixtures.interopSamples()) {
            boolean status = sample.getFileName().toString().startsWith("status");
            assertThat(PacketKindProbe.isStatus(sample))
                    .as(sample.getFileName().toString())
                    .isEqualTo(status);
        }
    }

    @Test
    void somethingUnreadableIsCalledADocumentForTheReaderToRefuse(@TempDir Path directory) throws IOException {
        Path broken = Files.writeString(directory.resolve("broken.edxml"), "<edXML><StatusCode>");
        Path dtd = Files.writeString(
                directory.resolve("dtd.edxml"), "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>");

        assertThat(PacketKindProbe.isStatus(broken)).isFalse();
        assertThat(PacketKindProbe.isStatus(dtd)).isFalse();
        assertThat(PacketKindProbe.isStatus(directory.resolve("missing.edxml"))).isFalse();
    }
}
