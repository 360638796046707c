package vn.edoc.edxml.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.edoc.edxml.Fixtures;
import vn.edoc.edxml.model.EdxmlPacket;
import vn.edoc.edxml.read.EdxmlReader;
import vn.edoc.edxml.read.ReadLimits;
import vn.edoc.edxml.read.ReadResult;

/** The writer and the reader agree: what is written reads back as the same model, and writes as the same bytes. */
class RoundTripTest {
    private final EdxmlReader reader = new EdxmlReader(ReadLimits.defaults());
    private final EdxmlWriter writer = new EdxmlWriter();

    static Stream<Path> readableSamples() {
        return Fixtures.readableInteropSamples();
    }

    @ParameterizedTest
    @MethodSource("readableSamples")
    void aSampleReadWrittenAndReadAgainGivesAnEqualModel(Path sample) {
        try (ReadResult first = reader.read(sample)) {
            byte[] written = write(first.validPacket());
            try (ReadResult second = reader.read(written)) {
                assertThat(second.problems()).isEmpty();
                assertThat(second.packet()).isEqualTo(first.packet());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("readableSamples")
    void writeReadWriteGivesIdenticalBytes(Path sample) {
        try (ReadResult first = reader.read(sample)) {
            byte[] once = write(first.validPacket());
            try (ReadResult second = reader.read(once)) {
                byte[] twice = write(second.validPacket());
                assertThat(twice).isEqualTo(once);
            }
        }
    }

    static Stream<Path> forgivenPackets() {
        return Fixtures.forgivenPackets().stream();
    }

    /**
     * The writer never writes a form the reader forgives: a forgiven packet is written canonical, and read again it
     * has no warning but for information the sender never gave (an empty signer's name stays empty).
     */
    @ParameterizedTest
    @MethodSource("forgivenPackets")
    void aForgivenPacketIsWrittenCanonical(Path forgiven) throws Exception {
        try (ReadResult first = reader.read(forgiven)) {
            byte[] written = write(first.validPacket());
            try (ReadResult second = reader.read(written)) {
                assertThat(second.errors()).isEmpty();
                assertThat(second.warnings())
                        .allSatisfy(w -> assertThat(w.code()).isEqualTo(vn.edoc.error.ErrorCode.FIELD_REQUIRED))
                        .allSatisfy(w -> assertThat(w.normalised()).isNull());
                assertThat(second.packet()).isEqualTo(first.packet());
            }
            String schema = first.packet() instanceof vn.edoc.edxml.model.StatusPacket
                    ? "edxml-status.xsd"
                    : "edxml-document.xsd";
            javax.xml.validation.SchemaFactory.newInstance(javax.xml.XMLConstants.W3C_XML_SCHEMA_NS_URI)
                    .newSchema(RoundTripTest.class.getResource("/contract/edxml/v2016/" + schema))
                    .newValidator()
                    .validate(new javax.xml.transform.stream.StreamSource(new java.io.ByteArrayInputStream(written)));
        }
    }

    @Test
    void writesTheCanonicalFormOfTheNationalSdk() {
        try (ReadResult sample = reader.read(Fixtures.interop("edoc_update.edxml"))) {
            String xml = new String(write(sample.validPacket()), StandardCharsets.UTF_8);
            assertThat(xml)
                    .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                            + "<edXML xmlns=\"http://www.mic.gov.vn/TBT/QCVN_102_2016\">\n"
                            + "  <edXML:edXMLEnvelope xmlns:edXML=\"http://www.mic.gov.vn/TBT/QCVN_102_2016\">\n"
                            + "    <edXML:edXMLHeader>\n"
                            + "      <edXML:MessageHeader>\n"
                            + "        <edXML:From>\n"
                            + "          <edXML:OrganId>")
                    .contains("<edXML:Bussiness>", "<edXML:BussinessDocType>2</edXML:BussinessDocType>")
                    .contains(
                            "  </edXML:edXMLEnvelope>\n  <AttachmentEncoded>\n    <Attachment>\n      <ContentId>cid:209")
                    .contains(
                            "<edXML:ContentTransferEncoded xmlns:edXML=\"http://www.mic.gov.vn/TBT/QCVN_102_2016\">UEsDB")
                    .endsWith("  </AttachmentEncoded>\n</edXML>\n");
            assertThat(xml.indexOf("<edXML:From>")).isLessThan(xml.indexOf("<edXML:To>"));
            assertThat(xml.indexOf("<edXML:SteeringType>")).isLessThan(xml.indexOf("<edXML:ToPlaces>"));
            assertThat(xml.indexOf("</edXML:MessageHeader>")).isLessThan(xml.indexOf("<edXML:TraceHeaderList>"));
        }
    }

    private byte[] write(EdxmlPacket packet) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(packet, out);
        return out.toByteArray();
    }
}
