package vn.edoc.edxml.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.edoc.error.ErrorCode.*;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.edoc.edxml.Fixtures;
import vn.edoc.edxml.model.DocumentPacket;
import vn.edoc.edxml.model.StatusPacket;
import vn.edoc.error.EdocException;
import vn.edoc.error.ErrorCode;
import vn.edoc.error.Problem;
import vn.edoc.error.Severity;

/**
 * Each forgiven fixture carries what other vendors' systems really send: the reader reads the packet, reports each
 * forgiven field as a warning with its code, its place and the value the model uses, and a strict reading refuses it
 * with the same codes as before anything was forgiven.
 */
class ForgivenFixturesTest {
    private static final String HEADER = "/edXML/edXMLEnvelope/edXMLHeader/MessageHeader";
    private static final String TRACE = "/edXML/edXMLEnvelope/edXMLHeader/TraceHeaderList";
    private static final String DATE = HEADER + "/PromulgationInfo/PromulgationDate";

    /** fixture → its warnings: code, element path, value read ({@code null}: read as absent). */
    private static final Map<String, List<Expected>> EXPECTED = Map.ofEntries(
            entry("date-dd-mm-yyyy", warning(DATE_INVALID, DATE, "2026/11/27")),
            entry("date-d-m-yyyy", warning(DATE_INVALID, HEADER + "/DueDate", "2027/01/05")),
            entry("date-yyyy-mm-dd", warning(DATE_INVALID, DATE, "2026/11/27")),
            entry("date-with-time", warning(DATE_INVALID, DATE, "2026/11/27")),
            entry(
                    "timestamp-iso",
                    warning(TIMESTAMP_INVALID, TRACE + "/TraceHeader[1]/Timestamp", "2026/11/27 08:30:00")),
            entry(
                    "timestamp-with-offset",
                    warning(TIMESTAMP_INVALID, TRACE + "/TraceHeader[1]/Timestamp", "2026/11/27 08:30:00")),
            entry("timestamp-dd-mm-yyyy", warning(TIMESTAMP_INVALID, HEADER + "/Timestamp", "2026/11/27 09:15:00")),
            entry("signer-full-name-empty", warning(FIELD_REQUIRED, HEADER + "/SignerInfo/FullName", null)),
            entry("signer-full-name-missing", warning(FIELD_REQUIRED, HEADER + "/SignerInfo/FullName", null)),
            entry(
                    "signer-full-name-too-long",
                    warning(
                            FIELD_TOO_LONG,
                            HEADER + "/SignerInfo/FullName",
                            "Nguyễn Văn Mẫu Nguyễn Văn Mẫu Nguyễn Văn Mẫu Nguyễ")),
            entry("subject-too-long", warning(FIELD_TOO_LONG, HEADER + "/Subject", "Đ".repeat(500))),
            entry("appendix-empty", warning(FIELD_REQUIRED, HEADER + "/OtherInfo/Appendixes/Appendix[1]", null)),
            entry("organ-name-empty", warning(FIELD_REQUIRED, HEADER + "/To[2]/OrganName", null)),
            entry("place-empty", warning(FIELD_REQUIRED, HEADER + "/PromulgationInfo/Place", null)),
            entry("type-name-empty", warning(FIELD_REQUIRED, HEADER + "/DocumentType/TypeName", null)),
            entry(
                    "to-places-too-long",
                    warning(
                            FIELD_TOO_LONG,
                            HEADER + "/ToPlaces",
                            "Sở, ban, ngành; ".repeat(35).strip())),
            entry("priority-5", warning(VALUE_NOT_ALLOWED, HEADER + "/OtherInfo/Priority", null)),
            entry("steering-type-4", warning(VALUE_NOT_ALLOWED, HEADER + "/SteeringType", null)),
            entry("direction-yes", warning(VALUE_NOT_ALLOWED, HEADER + "/OtherInfo/Direction", null)),
            entry("paper-2", warning(VALUE_NOT_ALLOWED, TRACE + "/Bussiness/Paper", null)),
            entry("page-amount-not-a-number", warning(NUMBER_INVALID, HEADER + "/OtherInfo/PageAmount", null)),
            entry("page-amount-four-digits", warning(NUMBER_INVALID, HEADER + "/OtherInfo/PageAmount", null)),
            Map.entry(
                    "department-sloppy",
                    List.of(
                            warning(DATE_INVALID, DATE, "2020/10/30"),
                            warning(FIELD_REQUIRED, HEADER + "/SignerInfo/FullName", null),
                            warning(FIELD_REQUIRED, HEADER + "/OtherInfo/Appendixes/Appendix[1]", null))));

    private final EdxmlReader reader = new EdxmlReader(ReadLimits.defaults());

    static Stream<Arguments> fixtures() {
        return Fixtures.forgivenPackets().stream()
                .map(p -> Arguments.of(p.getFileName().toString(), p));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void readsThePacketWithTheWarningsItIsNamedAfter(String name, Path fixture) {
        List<Expected> expected = EXPECTED.get(name.replace(".edxml", ""));
        assertThat(expected).as("an expectation for " + name).isNotNull();
        try (ReadResult result = reader.read(fixture)) {
            assertThat(result.errors()).as(name).isEmpty();
            assertThat(result.isValid()).isTrue();
            assertThat(result.isClean()).isFalse();
            assertThat(result.warnings())
                    .as(name)
                    .extracting(p -> new Expected(p.code(), p.path(), p.normalised()))
                    .containsExactlyElementsOf(expected);
            for (Problem warning : result.warnings()) {
                assertThat(warning.severity()).isEqualTo(Severity.WARNING);
                assertThat(warning.line()).isPositive();
                assertThat(warning.message(Locale.ENGLISH)).doesNotContain("{0}");
                assertThat(warning.message(Locale.forLanguageTag("vi"))).isNotEqualTo(warning.message(Locale.ENGLISH));
            }
            assertThat(result.validPacket()).isNotNull();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void aStrictReadingRefusesWithTheSameCodes(String name, Path fixture) {
        List<ErrorCode> codes = EXPECTED.get(name.replace(".edxml", "")).stream()
                .map(Expected::code)
                .toList();
        try (ReadResult result = reader.read(fixture)) {
            assertThatThrownBy(() -> result.validPacket(true))
                    .isInstanceOfSatisfying(
                            EdocException.class,
                            e -> assertThat(e.problems())
                                    .extracting(Problem::code)
                                    .containsExactlyElementsOf(codes));
        }
    }

    @Test
    void everyFixtureIsExpectedAndEveryExpectationHasAFixture() {
        assertThat(Fixtures.forgivenPackets().stream()
                        .map(p -> p.getFileName().toString().replace(".edxml", "")))
                .containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
    }

    @Test
    void theModelHoldsTheDateTheWarningNames() {
        try (ReadResult result = reader.read(Fixtures.forgiven("department-sloppy.edxml"))) {
            DocumentPacket packet = result.validDocument();
            assertThat(packet.header().promulgationInfo().date()).isEqualTo(LocalDate.of(2020, 10, 30));
            assertThat(packet.header().signerInfo().fullName()).isNull();
            assertThat(packet.header().otherInfo().appendixes()).isEmpty();
        }
    }

    @Test
    void aTimeWithAnOffsetIsReadOnVietnamsClock() {
        try (ReadResult result = reader.read(Fixtures.forgiven("timestamp-with-offset.edxml"))) {
            LocalDateTime at =
                    result.validDocument().traceHeaderList().traces().get(0).timestamp();
            assertThat(at).isEqualTo(LocalDateTime.of(2026, 11, 27, 8, 30));
        }
    }

    @Test
    void aStatusPacketIsForgivenToo() {
        try (ReadResult result = reader.read(Fixtures.forgiven("timestamp-dd-mm-yyyy.edxml"))) {
            StatusPacket status = result.validStatus();
            assertThat(status.timestamp()).isEqualTo(LocalDateTime.of(2026, 11, 27, 9, 15));
            assertThatThrownBy(() -> result.validStatus(true))
                    .isInstanceOfSatisfying(
                            EdocException.class, e -> assertThat(e.code()).isEqualTo(TIMESTAMP_INVALID));
        }
    }

    @Test
    void anImpossibleDateIsNoDateInAnyForm() {
        for (String impossible : List.of("30/02/2020", "2020-13-01", "31/4/2021", "2020/02/30 08:00:00", "hôm qua")) {
            assertThat(ForgivenTimes.date(impossible)).as(impossible).isEmpty();
        }
        assertThat(ForgivenTimes.timestamp("2020-02-30T08:00:00")).isEmpty();
        assertThat(ForgivenTimes.timestamp("2026/11/27"))
                .as("a date alone is not a time")
                .isEmpty();
    }

    private static Map.Entry<String, List<Expected>> entry(String name, Expected only) {
        return Map.entry(name, List.of(only));
    }

    private static Expected warning(ErrorCode code, String path, String normalised) {
        return new Expected(code, path, normalised);
    }

    private record Expected(ErrorCode code, String path, String normalised) {}
}
