package vn.edoc.edxml.read;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edoc.error.ErrorCode.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.edoc.edxml.Fixtures;
import vn.edoc.error.ErrorCode;
import vn.edoc.error.Problem;

/**
 * Each negative fixture has one defect the reader cannot forgive, named by its file; the reader reports exactly that
 * one, coded and placed, as an error. The defects it forgives have their fixtures in {@code packets/forgiven}.
 */
class NegativeFixturesTest {
    private static final String HEADER = "/edXML/edXMLEnvelope/edXMLHeader/MessageHeader";
    private static final String BUSINESS = "/edXML/edXMLEnvelope/edXMLHeader/TraceHeaderList/Bussiness";
    private static final String SECOND_ATTACHMENT = "/edXML/AttachmentEncoded/Attachment[2]";

    /** fixture → its code and the end of its element path ({@code null}: the packet as a whole). */
    private static final Map<String, Expected> EXPECTED = Map.ofEntries(
            entry("missing-from", FIELD_REQUIRED, HEADER + "/From"),
            entry("missing-to", FIELD_REQUIRED, HEADER + "/To"),
            entry("missing-document-id", FIELD_REQUIRED, HEADER + "/DocumentId"),
            entry("missing-subject", FIELD_REQUIRED, HEADER + "/Subject"),
            entry("missing-code-number", FIELD_REQUIRED, HEADER + "/Code/CodeNumber"),
            entry("missing-trace-header-list", FIELD_REQUIRED, "/edXML/edXMLEnvelope/edXMLHeader/TraceHeaderList"),
            entry("missing-envelope-header", FIELD_REQUIRED, "/edXML/edXMLEnvelope/edXMLHeader"),
            entry("empty-subject", FIELD_REQUIRED, HEADER + "/Subject"),
            entry("repeated-from", FIELD_REPEATED, HEADER + "/From"),
            entry("organid-too-long", FIELD_TOO_LONG, HEADER + "/To[2]/OrganId"),
            entry("organid-with-space", ORGAN_ID_INVALID, HEADER + "/To[2]/OrganId"),
            entry("code-notation-too-long", FIELD_TOO_LONG, HEADER + "/Code/CodeNotation"),
            entry("document-id-without-date", DOCUMENT_ID_INVALID, HEADER + "/DocumentId"),
            entry("document-id-dashed-date", DOCUMENT_ID_INVALID, HEADER + "/DocumentId"),
            entry("document-id-without-notation", DOCUMENT_ID_INVALID, HEADER + "/DocumentId"),
            entry("promulgation-date-impossible", DATE_INVALID, HEADER + "/PromulgationInfo/PromulgationDate"),
            entry("due-date-month-13", DATE_INVALID, HEADER + "/DueDate"),
            entry(
                    "trace-timestamp-without-time",
                    TIMESTAMP_INVALID,
                    "/edXML/edXMLEnvelope/edXMLHeader/TraceHeaderList/TraceHeader[1]/Timestamp"),
            entry("business-doc-type-4", VALUE_NOT_ALLOWED, BUSINESS + "/BussinessDocType"),
            entry(
                    "update-receiver-type-2",
                    VALUE_NOT_ALLOWED,
                    BUSINESS + "/BussinessDocumentInfo/ReceiverList/Receiver[1]/ReceiverType"),
            entry("replacement-without-replacement-info", FIELD_REQUIRED, BUSINESS + "/ReplacementInfoList"),
            entry("revocation-without-target", FIELD_REQUIRED, BUSINESS + "/DocumentId"),
            entry("status-code-07", VALUE_NOT_ALLOWED, HEADER + "/StatusCode"),
            entry("status-code-single-digit", VALUE_NOT_ALLOWED, HEADER + "/StatusCode"),
            entry("status-refused-without-reason", FIELD_REQUIRED, HEADER + "/Description"),
            entry("status-without-timestamp", FIELD_REQUIRED, HEADER + "/Timestamp"),
            entry("status-without-response-for", FIELD_REQUIRED, HEADER + "/ResponseFor"),
            entry("attachment-not-base64", ATTACHMENT_NOT_BASE64, SECOND_ATTACHMENT + "/ContentTransferEncoded"),
            entry(
                    "attachment-data-after-padding",
                    ATTACHMENT_NOT_BASE64,
                    SECOND_ATTACHMENT + "/ContentTransferEncoded"),
            entry(
                    "attachment-zip-label-not-zip",
                    ATTACHMENT_ZIP_INVALID,
                    "/edXML/AttachmentEncoded/Attachment[1]/ContentTransferEncoded"),
            entry(
                    "attachment-zip-two-files",
                    ATTACHMENT_ZIP_INVALID,
                    "/edXML/AttachmentEncoded/Attachment[1]/ContentTransferEncoded"),
            entry("attachment-name-with-path", ATTACHMENT_NAME_INVALID, SECOND_ATTACHMENT + "/AttachmentName"),
            entry("attachment-content-id-repeated", ATTACHMENT_ID_REPEATED, SECOND_ATTACHMENT + "/ContentId"),
            entry("attachment-not-in-manifest", ATTACHMENT_NOT_IN_MANIFEST, SECOND_ATTACHMENT + "/ContentId"),
            entry(
                    "manifest-reference-without-attachment",
                    MANIFEST_REFERENCE_UNMATCHED,
                    "/edXML/edXMLEnvelope/edXMLBody"),
            entry("attachment-empty-content", FIELD_REQUIRED, SECOND_ATTACHMENT + "/ContentTransferEncoded"),
            entry("wrong-namespace", PACKET_WRONG_NAMESPACE, "/edXML"),
            entry("wrong-root", PACKET_WRONG_NAMESPACE, "/Packet"),
            entry("xxe-external-entity", PACKET_DTD_FORBIDDEN, null),
            entry("billion-laughs", PACKET_DTD_FORBIDDEN, null),
            entry("not-well-formed", PACKET_NOT_WELL_FORMED, null),
            entry("truncated", PACKET_NOT_WELL_FORMED, null),
            entry("not-xml", PACKET_NOT_WELL_FORMED, null),
            entry("empty-file", PACKET_EMPTY, null),
            entry("nested-too-deep", PACKET_TOO_DEEP, HEADER + "/OtherInfo" + "/X".repeat(59)));

    private final EdxmlReader reader = new EdxmlReader(ReadLimits.defaults());

    static Stream<Arguments> fixtures() {
        return Fixtures.invalidPackets().stream()
                .map(p -> Arguments.of(p.getFileName().toString(), p));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void reportsTheOneDefectTheFixtureIsNamedAfter(String name, Path fixture) {
        Expected expected = EXPECTED.get(name.replace(".edxml", ""));
        assertThat(expected).as("an expectation for " + name).isNotNull();
        try (ReadResult result = reader.read(fixture)) {
            assertThat(result.problems()).as(name).hasSize(1);
            Problem problem = result.problems().get(0);
            assertThat(problem.code()).as(name).isEqualTo(expected.code());
            assertThat(problem.path()).as(name).isEqualTo(expected.path());
            assertThat(problem.message(Locale.ENGLISH)).isNotBlank().doesNotContain("{0}");
            assertThat(problem.message(Locale.forLanguageTag("vi"))).isNotEqualTo(problem.message(Locale.ENGLISH));
            assertThat(result.isValid()).isFalse();
        }
    }

    @Test
    void thereAreAtLeastThirtyFixturesAndEachIsExpected() {
        List<Path> fixtures = Fixtures.invalidPackets();
        assertThat(fixtures).hasSizeGreaterThanOrEqualTo(30);
        assertThat(fixtures.stream().map(p -> p.getFileName().toString().replace(".edxml", "")))
                .containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
    }

    @Test
    void leavesNoTemporaryFileBehindForARefusedPacket(@TempDir Path temporary) throws Exception {
        EdxmlReader confined = new EdxmlReader(ReadLimits.defaults().withTemporaryDirectory(temporary));
        for (String name : List.of("attachment-zip-two-files", "truncated", "attachment-not-base64")) {
            confined.read(Fixtures.invalid(name + ".edxml")).close();
        }
        try (Stream<Path> left = Files.list(temporary)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void namesLineAndColumnOfAFieldProblem() {
        try (ReadResult result = reader.read(Fixtures.invalid("business-doc-type-4.edxml"))) {
            Problem problem = result.problems().get(0);
            assertThat(problem.line()).isEqualTo(66);
            assertThat(problem.column()).isPositive();
        }
    }

    private static Map.Entry<String, Expected> entry(String name, ErrorCode code, String path) {
        return Map.entry(name, new Expected(code, path));
    }

    private record Expected(ErrorCode code, String path) {}
}
