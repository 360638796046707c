package vn.edoc.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import vn.edoc.edxml.model.Attachment;
import vn.edoc.edxml.model.AttachmentContent;
import vn.edoc.edxml.model.Business;
import vn.edoc.edxml.model.BusinessDocType;
import vn.edoc.edxml.model.Code;
import vn.edoc.edxml.model.DocumentPacket;
import vn.edoc.edxml.model.DocumentType;
import vn.edoc.edxml.model.ManifestReference;
import vn.edoc.edxml.model.MessageHeader;
import vn.edoc.edxml.model.Organization;
import vn.edoc.edxml.model.PromulgationInfo;
import vn.edoc.edxml.model.SignerInfo;
import vn.edoc.edxml.model.TraceHeader;
import vn.edoc.edxml.model.TraceHeaderList;

/** A decision of UBND tỉnh Gia Lai to two offices, with one attachment of random bytes of a chosen size. */
final class SamplePacket {
    private SamplePacket() {}

    static DocumentPacket withAttachment(Path directory, int attachmentBytes) throws IOException {
        Path file = directory.resolve("quyet-dinh.pdf");
        String sha256 = writeRandom(file, attachmentBytes);
        MessageHeader header = new MessageHeader(
                Organization.of("000.00.00.H21", "UBND tỉnh Gia Lai"),
                List.of(
                        Organization.of("000.00.02.H21", "Sở Nội vụ tỉnh Gia Lai"),
                        Organization.of("000.00.41.H21", "UBND thành phố Pleiku")),
                "000.00.00.H21,2026/11/27,123/QĐ-UBND",
                new Code("123", "QĐ-UBND"),
                new PromulgationInfo("Gia Lai", LocalDate.of(2026, 11, 27)),
                new DocumentType(2, null, "Quyết định"),
                "Quyết định về việc triển khai trục liên thông văn bản điện tử tỉnh Gia Lai",
                null,
                new SignerInfo("TM. UBND TỈNH", "Chủ tịch", "Nguyễn Văn Mẫu"),
                null,
                null,
                List.of(),
                1,
                List.of("Như Điều 3"));
        TraceHeaderList traces = new TraceHeaderList(
                List.of(new TraceHeader("000.00.00.H21", LocalDateTime.of(2026, 11, 27, 8, 30))),
                new Business(null, BusinessDocType.NEW, "Văn bản điện tử mới", 0, null, List.of(), null));
        AttachmentContent content = new AttachmentContent(file, attachmentBytes, sha256, false);
        Attachment attachment = new Attachment("cid:1", "quyet-dinh.pdf", "Quyết định", "application/pdf", content);
        ManifestReference reference = new ManifestReference("cid:1", "application/pdf", "Quyết định", "quyet-dinh.pdf");
        return new DocumentPacket(header, traces, List.of(reference), List.of(attachment));
    }

    private static String writeRandom(Path file, int size) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] bytes = new byte[size];
            new SplittableRandom(size).nextBytes(bytes);
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), digest)) {
                out.write(bytes);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
