package vn.edoc.desk.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import vn.edoc.desk.control.EvidenceReport;
import vn.edoc.desk.control.ReadingEvidence;
import vn.edoc.error.EdocException;
import vn.edoc.exchange.boundary.Exchange;
import vn.edoc.exchange.boundary.PacketTrace;
import vn.edoc.exchange.boundary.SignedReceiptCopy;
import vn.edoc.exchange.control.PacketIntake;
import vn.edoc.exchange.control.PacketStore;
import vn.edoc.exchange.entity.Packet;
import vn.edoc.receipts.boundary.AxisKey;
import vn.edoc.signature.EnvelopeSignatures;
import vn.edoc.signature.PacketVerifier;
import vn.edoc.signature.ReceiptVerifier;
import vn.edoc.signature.VerificationReport;
import vn.edoc.trust.boundary.TrustSource;

/**
 * The evidence bundle of one document, for its sender or a recipient: a zip of the packet byte for byte, every
 * receipt the axis signed for it, every status packet about it, and {@code bao-cao-xac-minh.txt}, the verification
 * report a person reads (the signatures checked again today, the receipts checked with the axis's certificate).
 */
@Stateless
public class Evidence {
    @PersistenceContext(unitName = "edoc")
    private EntityManager entityManager;

    @EJB
    private Exchange exchange;

    @EJB
    private TrustSource trust;

    @EJB
    private AxisKey axisKey;

    @Inject
    private PacketStore store;

    @Inject
    private PacketIntake intake;

    /** The document's trace, as the office sees it; refused when the office neither sent nor received it. */
    public PacketTrace trace(String office, String packetId, String user) {
        return exchange.traces(DeskCaller.of(user, office), office, packetId, null);
    }

    /** Writes the bundle as a zip to {@code out}. */
    public void write(String office, String packetId, String user, OutputStream out) {
        PacketTrace trace = trace(office, packetId, user);
        Packet packet = entityManager.find(Packet.class, packetId);
        java.nio.file.Path copy = null;
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            EvidenceReport report;
            if (packet.isPurged()) {
                report = describe(packet, null, trace);
            } else {
                // the packet may be hundreds of megabytes: copied once to a file, streamed into the zip from there
                copy = java.nio.file.Files.createTempFile("edoc-evidence-", ".edxml");
                try (InputStream in = store.bytesOf(packetId, packet.size()).open()) {
                    java.nio.file.Files.copy(in, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
                zip.putNextEntry(new ZipEntry("goi-tin.edxml"));
                java.nio.file.Files.copy(copy, zip);
                zip.closeEntry();
                report = describe(packet, copy, trace);
            }
            int n = 0;
            for (SignedReceiptCopy receipt : exchange.receipts(DeskCaller.of(user, office), office, packetId)) {
                n++;
                entry(zip, String.format("bien-nhan/%02d-%s.xml", n, receipt.kind()), receipt.signedXml());
                report.line(
                        String.format("Biên nhận %02d %s %s", n, receipt.kind(), orEmpty(receipt.recipientId())),
                        receiptVerdict(receipt));
            }
            report.heading("Trạng thái (status packets)");
            n = 0;
            for (PacketTrace.RecipientTrace recipient : trace.recipients()) {
                for (PacketTrace.StatusEntry status : recipient.business().statuses()) {
                    n++;
                    Packet statusPacket = entityManager.find(Packet.class, status.statusPacketId());
                    if (!statusPacket.isPurged()) {
                        entry(
                                zip,
                                String.format(
                                        "trang-thai/%02d-%s-%s.edxml",
                                        n,
                                        recipient.recipientId(),
                                        status.code().code()),
                                read(statusPacket));
                    }
                    report.line(
                            String.format(
                                    "%s %s",
                                    recipient.recipientId(), status.code().code()),
                            EvidenceReport.when(status.recordedAt()) + " " + orEmpty(status.staffName()) + " "
                                    + orEmpty(status.description()));
                }
            }
            if (n == 0) {
                report.note("Chưa có trạng thái nào.");
            }
            entry(zip, "bao-cao-xac-minh.txt", report.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            DraftWriter.deleteQuietly(copy);
        }
    }

    private EvidenceReport describe(Packet packet, java.nio.file.Path copy, PacketTrace trace) {
        EvidenceReport report = new EvidenceReport()
                .heading("Báo cáo xác minh văn bản điện tử (edoc)")
                .line("Mã định danh văn bản (DocumentId)", packet.documentId())
                .line("Số, ký hiệu", packet.facts().map(f -> f.code()).orElse(null))
                .line("Trích yếu", packet.subject())
                .line("Cơ quan gửi", packet.senderId())
                .line("Mã gói tin trên trục", packet.packetId())
                .line("SHA-256 của gói tin", packet.sha256())
                .line("Trục tiếp nhận lúc", EvidenceReport.when(packet.acceptedAt()))
                .line(
                        "Chữ ký trên phong bì (envelope signature)",
                        packet.vouchedBy() == null
                                ? "có chữ ký XML-DSig (signed)"
                                : "không có chữ ký XML-DSig; hệ thống kết nối " + packet.vouchedBy()
                                        + " bảo đảm (envelope not signed, vouched for by system "
                                        + packet.vouchedBy() + ")");
        ReadingEvidence.warnings(report, packet.warnings());
        ReadingEvidence.pdfSignaturesAtAcceptance(report, packet.pdfSignatures());
        report.heading("Kiểm tra chữ ký khi trục tiếp nhận");
        packet.verification()
                .forEach(step -> report.line(
                        step.step() + (step.role() == null ? "" : " (" + step.role() + ")"),
                        EvidenceReport.outcome(step.outcome()) + (step.code() == null ? "" : " " + step.code())));
        report.heading("Kiểm tra lại chữ ký hôm nay");
        if (copy == null) {
            report.note("Nội dung gói tin đã được xóa khi hết thời hạn lưu trữ; dấu vết và biên nhận vẫn còn.");
        } else {
            EnvelopeSignatures policy =
                    packet.vouchedBy() == null ? EnvelopeSignatures.REQUIRED : EnvelopeSignatures.IF_PRESENT;
            var read = intake.document(copy, packet.size(), false, intake.pdfVerifier(trust.current()));
            VerificationReport now = new PacketVerifier(trust.current(), intake.limits(), policy)
                    .verify(copy, read.packet(), read.pdfs());
            report.note(now.isValid() ? "Kết luận: HỢP LỆ (valid)." : "Kết luận: KHÔNG HỢP LỆ (not valid).")
                    .steps(now.steps());
            ReadingEvidence.pdfSignaturesToday(report, read.pdfs());
        }
        report.heading("Người nhận").note("Mỗi đơn vị nhận: trạng thái chuyển phát hiện tại.");
        trace.recipients().forEach(r -> report.line(r.recipientId(), r.state()));
        report.heading("Biên nhận của trục (kiểm tra bằng chứng thư số của trục)");
        return report;
    }

    private String receiptVerdict(SignedReceiptCopy receipt) {
        try {
            var verified = new ReceiptVerifier(axisKey.key().certificate()).verify(receipt.signedXml());
            return "HỢP LỆ, " + EvidenceReport.when(verified.at()) + ", SHA-256 " + verified.sha256();
        } catch (EdocException invalid) {
            return "KHÔNG HỢP LỆ: " + invalid.message(java.util.Locale.forLanguageTag("vi"));
        }
    }

    private byte[] read(Packet packet) throws IOException {
        try (InputStream in = store.bytesOf(packet.packetId(), packet.size()).open()) {
            return in.readAllBytes();
        }
    }

    private static void entry(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
