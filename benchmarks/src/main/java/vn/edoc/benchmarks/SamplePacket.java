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
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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

/** Decisions with one attachment of random bytes of a chosen size: the packets every benchmark sends. */
public final class SamplePacket {
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter EDXML_DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd");

    private SamplePacket() {}

    static DocumentPacket withAttachment(Path directory, int attachmentBytes) throws IOException {
        Path file = directory.resolve("quyet-dinh.pdf");
        String sha256 = writeRandom(file, attachmentBytes);
        return decision(
                Organization.of("000.00.00.H21", "UBND tỉnh Gia Lai"),
                List.of(
                        Organization.of("000.00.02.H21", "Sở Nội vụ tỉnh Gia Lai"),
                        Organization.of("000.00.41.H21", "UBND thành phố Pleiku")),
                "123",
                new AttachmentContent(file, attachmentBytes, sha256, false));
    }

    /** A random attachment of {@code size} bytes written to {@code file}, to be shared by many packets. */
    public static AttachmentContent attachment(Path file, long size) throws IOException {
        return new AttachmentContent(file, size, writeRandom(file, size), false);
    }

    /** A decision numbered {@code number}/QĐ-UBND of today, from one office to others, with one attachment. */
    public static DocumentPacket decision(
            Organization from, List<Organization> to, String number, AttachmentContent content) {
        LocalDate today = LocalDate.now(VIETNAM);
        MessageHeader header = new MessageHeader(
                from,
                to,
                from.organId() + "," + today.format(EDXML_DATE) + "," + number + "/QĐ-UBND",
                new Code(number, "QĐ-UBND"),
                new PromulgationInfo("Gia Lai", today),
                new DocumentType(2, null, "Quyết định"),
                "Quyết định về việc triển khai trục liên thông văn bản điện tử tỉnh Gia Lai",
                null,
                new SignerInfo("TM. UBND", "Chủ tịch", "Nguyễn Văn Mẫu"),
                null,
                null,
                List.of(),
                1,
                List.of("Như Điều 3"));
        TraceHeaderList traces = new TraceHeaderList(
                List.of(new TraceHeader(
                        from.organId(), LocalDateTime.now(VIETNAM).withNano(0))),
                new Business(null, BusinessDocType.NEW, "Văn bản điện tử mới", 0, null, List.of(), null));
        Attachment attachment = new Attachment("cid:1", "quyet-dinh.pdf", "Quyết định", "application/pdf", content);
        ManifestReference reference = new ManifestReference("cid:1", "application/pdf", "Quyết định", "quyet-dinh.pdf");
        return new DocumentPacket(header, traces, List.of(reference), List.of(attachment));
    }

    /** Random bytes (nothing along the way can compress them away), written in blocks; their SHA-256. */
    private static String writeRandom(Path file, long size) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            SplittableRandom random = new SplittableRandom(size);
            byte[] block = new byte[(int) Math.min(size, 1 << 20)];
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), digest)) {
                for (long left = size; left > 0; left -= block.length) {
                    random.nextBytes(block);
                    out.write(block, 0, (int) Math.min(left, block.length));
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
