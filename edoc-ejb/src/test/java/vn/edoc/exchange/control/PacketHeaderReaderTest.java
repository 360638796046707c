package vn.edoc.exchange.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.edoc.error.EdocException;
import vn.edoc.error.ErrorCode;

class PacketHeaderReaderTest {
    private static final String NS = "http://www.mic.gov.vn/TBT/QCVN_102_2016";

    private final PacketHeaderReader reader = new PacketHeaderReader();

    @Test
    void readsTheRoutingFieldsOfAPrefixedPacket() throws IOException {
        PacketHeader header = reader.read(resource("valid-two-recipients.edxml"));

        assertThat(header.senderId()).isEqualTo("000.00.00.H21");
        assertThat(header.recipientIds()).containsExactly("000.00.02.H21", "000.00.41.H21");
        assertThat(header.documentId()).isEqualTo("000.00.00.H21,2026/11/27,123/QĐ-UBND");
        assertThat(header.subject()).isEqualTo("Về việc triển khai trục liên thông văn bản điện tử");
    }

    @Test
    void readsAPacketInTheDefaultNamespaceWithoutPrefixes() {
        PacketHeader header = reader.read(packet("<From><OrganId>A</OrganId></From><To><OrganId>B</OrganId></To>"
                + "<Subject>S</Subject><DocumentId>A,2026/01/02,1/CV</DocumentId>"));

        assertThat(header.senderId()).isEqualTo("A");
        assertThat(header.recipientIds()).containsExactly("B");
    }

    @Test
    void refusesBytesThatAreNotXmlNamingLineAndColumn() {
        assertThatThrownBy(
                        () -> reader.read(("<edXML xmlns=\"" + NS + "\">\n  <From>").getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(EdocException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.PACKET_NOT_WELL_FORMED);
                    assertThat(e.getMessage()).contains("line 2").doesNotContain("ParseError");
                });
        assertCode("this is not XML at all".getBytes(StandardCharsets.UTF_8), ErrorCode.PACKET_NOT_WELL_FORMED);
    }

    @Test
    void refusesAnEmptyPacket() {
        assertCode(new byte[0], ErrorCode.PACKET_EMPTY);
        assertCode(null, ErrorCode.PACKET_EMPTY);
    }

    @Test
    void refusesADocumentTypeDeclarationBeforeExpandingAnything() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE edXML [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<edXML xmlns=\"" + NS + "\"><Subject>&x;</Subject></edXML>";
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE edXML [<!ENTITY a \"aaaaaaaaaa\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>"
                + "<edXML xmlns=\"" + NS + "\"><Subject>&c;</Subject></edXML>";

        assertCode(xxe.getBytes(StandardCharsets.UTF_8), ErrorCode.PACKET_DTD_FORBIDDEN);
        assertCode(laughs.getBytes(StandardCharsets.UTF_8), ErrorCode.PACKET_DTD_FORBIDDEN);
    }

    @Test
    void refusesAnotherNamespace() {
        byte[] bytes = "<edXML xmlns=\"http://www.go.vn/eDoc\"/>".getBytes(StandardCharsets.UTF_8);
        assertCode(bytes, ErrorCode.PACKET_WRONG_NAMESPACE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "missing From | <To><OrganId>B</OrganId></To><DocumentId>D</DocumentId><Subject>S</Subject>"
                        + " | PACKET_MISSING_FROM",
                "empty From | <From><OrganId> </OrganId></From><To><OrganId>B</OrganId></To><DocumentId>D</DocumentId>"
                        + "<Subject>S</Subject> | PACKET_MISSING_FROM",
                "missing To | <From><OrganId>A</OrganId></From><DocumentId>D</DocumentId><Subject>S</Subject>"
                        + " | PACKET_MISSING_TO",
                "missing DocumentId | <From><OrganId>A</OrganId></From><To><OrganId>B</OrganId></To>"
                        + "<Subject>S</Subject> | PACKET_MISSING_DOCUMENT_ID",
                "missing Subject | <From><OrganId>A</OrganId></From><To><OrganId>B</OrganId></To>"
                        + "<DocumentId>D</DocumentId> | PACKET_MISSING_SUBJECT",
                "OrganId too long | <From><OrganId>000000000000000000000000000000000036</OrganId></From>"
                        + "<To><OrganId>B</OrganId></To><DocumentId>D</DocumentId><Subject>S</Subject>"
                        + " | PACKET_FIELD_TOO_LONG",
            })
    void refusesAPacketWithADefect(String defect, String messageHeader, ErrorCode expected) {
        assertCode(packet(messageHeader), expected);
    }

    @Test
    void namesTheElementPathOfAMissingField() {
        assertThatThrownBy(() -> reader.read(packet("<From><OrganId>A</OrganId></From>")))
                .isInstanceOfSatisfying(
                        EdocException.class,
                        e -> assertThat(e.path()).isEqualTo("/edXML/edXMLEnvelope/edXMLHeader/MessageHeader/To"));
    }

    @Test
    void countsCharactersNotBytesAgainstTheSubjectLimit() {
        String subject500 = "đ".repeat(PacketHeaderReader.SUBJECT_MAX);
        String fields = "<From><OrganId>A</OrganId></From><To><OrganId>B</OrganId></To><DocumentId>D</DocumentId>";

        assertThat(reader.read(packet(fields + "<Subject>" + subject500 + "</Subject>"))
                        .subject())
                .hasSize(500);
        assertCode(packet(fields + "<Subject>" + subject500 + "x</Subject>"), ErrorCode.PACKET_FIELD_TOO_LONG);
    }

    private void assertCode(byte[] bytes, ErrorCode expected) {
        assertThatThrownBy(() -> reader.read(bytes))
                .isInstanceOfSatisfying(
                        EdocException.class, e -> assertThat(e.code()).isEqualTo(expected));
    }

    private static byte[] packet(String messageHeader) {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><edXML xmlns=\"" + NS + "\"><edXMLEnvelope><edXMLHeader>"
                        + "<MessageHeader>" + messageHeader + "</MessageHeader></edXMLHeader></edXMLEnvelope></edXML>")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = PacketHeaderReaderTest.class.getResourceAsStream("/packets/" + name)) {
            return in.readAllBytes();
        }
    }
}
