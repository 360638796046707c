package vn.edoc.edxml.write;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.xml.bind.JAXBContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.edoc.contract.edxml.v2016.document.EdXML;
import vn.edoc.contract.edxml.v2016.document.MessageHeader;
import vn.edoc.edxml.Fixtures;
import vn.edoc.edxml.model.DocumentPacket;
import vn.edoc.edxml.model.EdxmlPacket;
import vn.edoc.edxml.model.StatusPacket;
import vn.edoc.edxml.read.EdxmlReader;
import vn.edoc.edxml.read.ReadLimits;
import vn.edoc.edxml.read.ReadResult;

/**
 * The contract in {@code schemas} checks the writer independently of the reader: every packet written validates
 * against the edXML XSD of its kind, and the JAXB classes generated from it read the same values back.
 */
class SchemaConformanceTest {
    private final EdxmlReader reader = new EdxmlReader(ReadLimits.defaults());

    static Stream<Path> packets() {
        return Stream.concat(
                Fixtures.readableInteropSamples(),
                Stream.of(
                        Fixtures.resource("/packets/valid/gia-lai-decision.edxml"),
                        Fixtures.resource("/packets/valid/minimal.edxml"),
                        Fixtures.resource("/packets/valid/status-refused.edxml")));
    }

    @ParameterizedTest
    @MethodSource("packets")
    void whatTheWriterWritesIsValidAgainstTheSchema(Path source) throws Exception {
        try (ReadResult read = reader.read(source)) {
            EdxmlPacket packet = read.validPacket();
            String xsd = packet instanceof StatusPacket ? "edxml-status.xsd" : "edxml-document.xsd";
            schema(xsd).newValidator().validate(new StreamSource(new ByteArrayInputStream(write(packet))));
        }
    }

    @Test
    void theGeneratedClassesReadTheWrittenValuesWithJavaTime() throws Exception {
        try (ReadResult read = reader.read(Fixtures.resource("/packets/valid/gia-lai-decision.edxml"))) {
            DocumentPacket packet = read.validDocument();
            EdXML bound = (EdXML) JAXBContext.newInstance(EdXML.class)
                    .createUnmarshaller()
                    .unmarshal(new ByteArrayInputStream(write(packet)));

            MessageHeader header = bound.getEdXMLEnvelope().getEdXMLHeader().getMessageHeader();
            assertThat(header.getPromulgationInfo().getPromulgationDate()).isEqualTo(LocalDate.of(2026, 11, 27));
            assertThat(header.getTo())
                    .extracting(t -> t.getOrganId())
                    .containsExactly("000.00.02.H21", "000.00.41.H21");
            assertThat(bound.getEdXMLEnvelope()
                            .getEdXMLHeader()
                            .getTraceHeaderList()
                            .getTraceHeader()
                            .get(0)
                            .getTimestamp())
                    .isEqualTo(LocalDateTime.of(2026, 11, 27, 8, 30));
            assertThat(bound.getAttachmentEncoded().getAttachment()).hasSize(2);
            assertThat(bound.getAttachmentEncoded().getAttachment().get(1).getContentTransferEncoded())
                    .asString(java.nio.charset.StandardCharsets.UTF_8)
                    .startsWith("Quyết định số 123/QĐ-UBND");
        }
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(
            strings = {
                "invalid/organid-too-long",
                "invalid/missing-subject",
                "forgiven/priority-5",
                "forgiven/date-dd-mm-yyyy",
                "forgiven/timestamp-iso"
            })
    void theSchemaRefusesWhatTheReaderRefusesOrForgives(String fixture) throws Exception {
        Schema schema = schema("edxml-document.xsd");
        StreamSource source = new StreamSource(
                Fixtures.resource("/packets/" + fixture + ".edxml").toFile());
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> schema.newValidator().validate(source))
                .isInstanceOf(org.xml.sax.SAXParseException.class);
    }

    private static Schema schema(String name) throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return factory.newSchema(SchemaConformanceTest.class.getResource("/contract/edxml/v2016/" + name));
    }

    private static byte[] write(EdxmlPacket packet) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EdxmlWriter().write(packet, out);
        return out.toByteArray();
    }
}
