package vn.edoc.desk.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.edoc.desk.entity.DraftContent;
import vn.edoc.edxml.Sha256;
import vn.edoc.edxml.model.AttachmentContent;
import vn.edoc.edxml.model.BusinessDocType;
import vn.edoc.edxml.model.DocumentPacket;
import vn.edoc.edxml.model.Organization;
import vn.edoc.edxml.model.SignerInfo;
import vn.edoc.edxml.read.EdxmlReader;
import vn.edoc.edxml.read.ReadLimits;
import vn.edoc.edxml.read.ReadResult;

/** A clerk's draft written as a packet reads back, through the axis's own reader, as the clerk wrote it. */
class PacketComposerTest {
    private static final LocalDateTime WRITTEN = LocalDateTime.of(2026, 11, 27, 9, 30, 0);
    private static final DraftContent DECISION = new DraftContent(
            2,
            "Quyết định",
            "123",
            "QĐ-UBND",
            "Quyết định về việc triển khai trục liên thông",
            "nguyen-van-mau",
            1,
            LocalDate.of(2026, 12, 10),
            List.of("000.00.02.H21", "000.00.41.H21"));

    @TempDir
    Path folder;

    @Test
    void theDocumentIdIsOfTheNd30Form() {
        assertThat(PacketComposer.documentId("000.00.00.H21", WRITTEN.toLocalDate(), DECISION))
                .isEqualTo("000.00.00.H21,2026/11/27,123/QĐ-UBND");
    }

    @Test
    void aNewDocumentReadsBackWithItsMetadataAndAttachment() throws IOException {
        byte[] packet = compose(PacketComposer.Change.NONE);

        try (ReadResult read = new EdxmlReader(ReadLimits.defaults()).read(packet)) {
            DocumentPacket document = read.validDocument();
            var header = document.header();
            assertThat(header.code().toString()).isEqualTo("123/QĐ-UBND");
            assertThat(header.documentId()).isEqualTo("000.00.00.H21,2026/11/27,123/QĐ-UBND");
            assertThat(header.subject()).isEqualTo(DECISION.subject());
            assertThat(header.documentType().typeName()).isEqualTo("Quyết định");
            assertThat(header.signerInfo().fullName()).isEqualTo("Nguyễn Văn Mẫu");
            assertThat(header.otherInfo().priority()).isEqualTo(1);
            assertThat(header.dueDate()).isEqualTo(LocalDate.of(2026, 12, 10));
            assertThat(header.to()).extracting(Organization::organId).containsExactly("000.00.02.H21", "000.00.41.H21");
            assertThat(document.traceHeaderList().business().docType()).isEqualTo(BusinessDocType.NEW);
            assertThat(document.attachments()).singleElement().satisfies(a -> {
                assertThat(a.attachmentName()).isEqualTo("quyet-dinh.pdf");
                assertThat(a.content().sha256()).isEqualTo(Sha256.of("%PDF-1.4 mẫu".getBytes(StandardCharsets.UTF_8)));
            });
        }
    }

    @Test
    void aRevocationAndAReplacementNameTheDocumentTheyChange() throws IOException {
        String original = "000.00.00.H21,2026/11/20,99/QĐ-UBND";

        try (ReadResult revocation = new EdxmlReader(ReadLimits.defaults())
                .read(compose(new PacketComposer.Change(BusinessDocType.REVOKE, original, "Ban hành nhầm")))) {
            var business = revocation.validDocument().traceHeaderList().business();
            assertThat(business.docType()).isEqualTo(BusinessDocType.REVOKE);
            assertThat(business.documentId()).isEqualTo(original);
            assertThat(business.reason()).isEqualTo("Ban hành nhầm");
        }
        try (ReadResult replacement = new EdxmlReader(ReadLimits.defaults())
                .read(compose(new PacketComposer.Change(BusinessDocType.REPLACE, original, "Sai nội dung")))) {
            var business = replacement.validDocument().traceHeaderList().business();
            assertThat(business.docType()).isEqualTo(BusinessDocType.REPLACE);
            assertThat(business.replacements())
                    .singleElement()
                    .satisfies(r -> assertThat(r.documentId()).isEqualTo(original));
        }
    }

    private byte[] compose(PacketComposer.Change change) throws IOException {
        byte[] pdf = "%PDF-1.4 mẫu".getBytes(StandardCharsets.UTF_8);
        Path file = Files.write(folder.resolve("a.bin"), pdf);
        PacketComposer.Letterhead letterhead = new PacketComposer.Letterhead(
                Organization.of("000.00.00.H21", "UBND tỉnh Gia Lai"),
                List.of(
                        Organization.of("000.00.02.H21", "Sở Nội vụ tỉnh Gia Lai"),
                        Organization.of("000.00.41.H21", "UBND thành phố Pleiku")),
                "Gia Lai",
                new SignerInfo(null, "Chủ tịch", "Nguyễn Văn Mẫu"),
                change,
                WRITTEN);
        return new PacketComposer()
                .compose(
                        DECISION,
                        PacketComposer.documentId("000.00.00.H21", WRITTEN.toLocalDate(), DECISION),
                        letterhead,
                        List.of(new PacketComposer.File(
                                "quyet-dinh.pdf",
                                "application/pdf",
                                new AttachmentContent(file, pdf.length, Sha256.of(pdf), false))));
    }
}
