package vn.edoc.edxml.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.edoc.edxml.Fixtures;
import vn.edoc.edxml.model.DocumentPacket;
import vn.edoc.edxml.model.StatusCode;

/** Where real packets vary without changing what they say, the reader reads the same packet. */
class TolerantReadingTest {
    private final EdxmlReader reader = new EdxmlReader(ReadLimits.defaults());

    @ParameterizedTest
    @ValueSource(
            strings = {
                "business-spelled-with-one-s",
                "manifest-named-manifest",
                "default-namespace-without-prefix",
                "other-prefix",
                "reordered-elements",
                "extra-whitespace-and-comments",
                "unknown-elements-ignored"
            })
    void readsAVariantAsTheSamePacket(String variant) {
        try (ReadResult base = reader.read(valid("gia-lai-decision"));
                ReadResult other = reader.read(valid(variant))) {
            assertThat(other.problems()).isEmpty();
            assertThat(other.packet()).isEqualTo(base.validPacket());
        }
    }

    @Test
    void readsAPacketWithoutAnyOptionalPart() {
        try (ReadResult result = reader.read(valid("minimal"))) {
            DocumentPacket packet = result.validDocument();
            assertThat(packet.header().otherInfo()).isNull();
            assertThat(packet.header().toPlaces()).isEmpty();
            assertThat(packet.traceHeaderList().business()).isNull();
            assertThat(packet.attachments()).isEmpty();
        }
    }

    @Test
    void readsTheBaseFixtureFully() {
        try (ReadResult result = reader.read(valid("gia-lai-decision"))) {
            DocumentPacket packet = result.validDocument();
            assertThat(packet.header().to())
                    .extracting(o -> o.organId())
                    .containsExactly("000.00.02.H21", "000.00.41.H21");
            assertThat(packet.header().code()).hasToString("123/QĐ-UBND");
            assertThat(packet.header().otherInfo().priority()).isEqualTo(1);
            assertThat(packet.attachments())
                    .extracting(a -> a.content().zipWrapped())
                    .containsExactly(true, false);
            assertThat(packet.attachments().get(0).content().size()).isEqualTo(37);
            assertThat(packet.attachments().get(1).content().sha256()).hasSize(64);
        }
    }

    @Test
    void readsAStatusRefusalWithItsReason() {
        try (ReadResult result = reader.read(valid("status-refused"))) {
            var status = result.validStatus();
            assertThat(status.statusCode()).isEqualTo(StatusCode.REFUSED);
            assertThat(status.description()).contains("gửi nhầm");
            assertThat(status.timestamp()).hasToString("2026-11-27T09:15");
        }
    }

    @Test
    void reportsEveryProblemNotJustTheFirst() {
        String packet = new String(bytes("gia-lai-decision"), java.nio.charset.StandardCharsets.UTF_8)
                .replace("<edXML:Priority>1<", "<edXML:Priority>9<")
                .replace("<edXML:PromulgationDate>2026/11/27<", "<edXML:PromulgationDate>27/11/2026<")
                .replace("<edXML:OrganId>000.00.41.H21<", "<edXML:OrganId><");
        try (ReadResult result = reader.read(packet.getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
            assertThat(result.problems())
                    .extracting(p -> p.code().name())
                    .containsExactly("FIELD_REQUIRED", "DATE_INVALID", "VALUE_NOT_ALLOWED");
            assertThat(result.problems())
                    .extracting(p -> p.severity())
                    .containsExactly(
                            vn.edoc.error.Severity.ERROR,
                            vn.edoc.error.Severity.WARNING,
                            vn.edoc.error.Severity.WARNING);
            assertThat(result.errors()).extracting(p -> p.code().name()).containsExactly("FIELD_REQUIRED");
            assertThat(result.problems()).extracting(p -> p.line()).isSorted().doesNotContain(-1);
        }
    }

    private static java.nio.file.Path valid(String name) {
        return Fixtures.resource("/packets/valid/" + name + ".edxml");
    }

    private static byte[] bytes(String name) {
        try {
            return java.nio.file.Files.readAllBytes(valid(name));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
