package vn.edoc.edxml.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.edoc.edxml.Fixtures;
import vn.edoc.edxml.model.Attachment;
import vn.edoc.edxml.model.BusinessDocType;
import vn.edoc.edxml.model.DocumentPacket;
import vn.edoc.edxml.model.StatusCode;
import vn.edoc.edxml.model.StatusPacket;
import vn.edoc.error.ErrorCode;
import vn.edoc.error.Problem;

/** Every packet the national SDK produced is read; the one that is not XML is refused with its line and column. */
class InteropSamplesTest {
    private final EdxmlReader reader = new EdxmlReader(ReadLimits.defaults());

    static Stream<Path> readableSamples() {
        return Fixtures.readableInteropSamples();
    }

    @ParameterizedTest
    @MethodSource("readableSamples")
    void readsEverySampleWithoutProblems(Path sample) {
        try (ReadResult result = reader.read(sample)) {
            assertThat(result.problems()).as(sample.getFileName().toString()).isEmpty();
            assertThat(result.isValid()).isTrue();
        }
    }

    @Test
    void mapsEveryStatusFileToItsCode() {
        Map<String, StatusCode> expected = Map.of(
                "status.edxml", StatusCode.ARRIVED,
                "status_inbox_01.edxml", StatusCode.ARRIVED,
                "status_rejection_02.edxml", StatusCode.REFUSED,
                "status_acceptance_03.edxml", StatusCode.REGISTERED,
                "status_assignment_04.edxml", StatusCode.ASSIGNED,
                "status_processing_05.edxml", StatusCode.PROCESSING,
                "status_finish_06.edxml", StatusCode.DONE,
                "status_cancellation_13.edxml", StatusCode.RECALL_REQUESTED,
                "status_change-acceptance_15.edxml", StatusCode.CHANGE_ACCEPTED,
                "status_change-rejection_16.edxml", StatusCode.CHANGE_REFUSED);
        expected.forEach((file, code) -> {
            try (ReadResult result = reader.read(Fixtures.interop(file))) {
                StatusPacket status = result.validStatus();
                assertThat(status.statusCode()).as(file).isEqualTo(code);
                assertThat(status.responseFor().documentId()).isEqualTo("000.00.00.G22,2015/09/30,7816/VPCP-TTĐT");
            }
        });
    }

    @Test
    void readsTheNewDocumentFieldByField() {
        try (ReadResult result = reader.read(Fixtures.interop("edoc_new.edxml"))) {
            DocumentPacket packet = result.validDocument();
            assertThat(packet.header().from().organId()).isEqualTo("000.00.00.A80");
            assertThat(packet.header().to()).extracting(o -> o.organId()).containsExactly("28.22.H17");
            assertThat(packet.header().documentId()).isEqualTo("000.00.00.G22,2015/09/30,7816/VPCP-TTĐT");
            assertThat(packet.header().subject()).isEqualTo("V/v kết nối, liên thông phần mềm quản lý văn bản");
            assertThat(packet.header().promulgationInfo().date()).hasToString("2019-01-16");
            assertThat(packet.header().otherInfo().pageAmount()).isEqualTo(22);
            assertThat(packet.header().toPlaces()).hasSize(2);
            assertThat(packet.traceHeaderList().business().docType()).isEqualTo(BusinessDocType.NEW);
            assertThat(packet.traceHeaderList().traces()).hasSize(1);
            Attachment attachment = packet.attachments().get(0);
            assertThat(attachment.attachmentName()).isEqualTo("1896_QD-TTg_m_294779.doc");
            assertThat(attachment.content().zipWrapped()).isTrue();
            assertThat(attachment.content().size()).isEqualTo(388_347);
            assertThat(attachment.content().file()).exists();
            assertThat(packet.manifest()).hasSize(1);
        }
    }

    @Test
    void readsTheBusinessBlocksOfRevocationUpdateAndReplacement() {
        try (ReadResult revocation = reader.read(Fixtures.interop("edoc_revocation.edxml"));
                ReadResult update = reader.read(Fixtures.interop("edoc_update.edxml"));
                ReadResult replacement = reader.read(Fixtures.interop("edoc_replacement.edxml"))) {
            assertThat(revocation.validDocument().traceHeaderList().business().docType())
                    .isEqualTo(BusinessDocType.REVOKE);
            var updated = update.validDocument().traceHeaderList().business();
            assertThat(updated.docType()).isEqualTo(BusinessDocType.UPDATE);
            assertThat(updated.documentInfo().receivers())
                    .extracting(r -> r.receiverType())
                    .containsExactly(0, 1);
            var replaced = replacement.validDocument().traceHeaderList().business();
            assertThat(replaced.replacements()).hasSize(2);
            assertThat(replaced.replacements().get(0).organIds()).containsExactly("000.00.00.H41", "000.00.00.H14");
        }
    }

    @Test
    void refusesTheBrokenSampleWithLineAndColumn() {
        try (ReadResult result = reader.read(Fixtures.interop("edoc.edxml"))) {
            assertThat(result.packet()).isNull();
            assertThat(result.problems()).hasSize(1);
            Problem problem = result.problems().get(0);
            assertThat(problem.code()).isEqualTo(ErrorCode.PACKET_NOT_WELL_FORMED);
            assertThat(problem.line()).isPositive();
            assertThat(problem.column()).isPositive();
            assertThat(problem.message(java.util.Locale.ENGLISH)).contains("line " + problem.line());
        }
    }

    @Test
    void deletesTheDecodedAttachmentsWhenClosed() {
        Path file;
        try (ReadResult result = reader.read(Fixtures.interop("edoc_new.edxml"))) {
            file = result.validDocument().attachments().get(0).content().file();
            assertThat(file).exists();
        }
        assertThat(file).doesNotExist();
    }
}
