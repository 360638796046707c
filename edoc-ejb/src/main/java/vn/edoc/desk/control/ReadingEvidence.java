package vn.edoc.desk.control;

import java.util.List;
import java.util.Locale;
import vn.edoc.error.Problem;
import vn.edoc.exchange.entity.PdfSignatureFound;
import vn.edoc.signature.PdfAttachments.AttachedPdf;

/**
 * The evidence report's sections about how the axis read the packet (issue 21): what the reader forgave, and the
 * signatures inside its PDF attachments, as checked at acceptance and again today.
 */
public final class ReadingEvidence {
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private ReadingEvidence() {}

    public static void warnings(EvidenceReport report, List<Problem> warnings) {
        report.heading("Cảnh báo khi trục đọc gói tin (what the reader forgave)");
        if (warnings.isEmpty()) {
            report.note("Không có: gói tin đúng tiêu chuẩn (none: the packet kept the standard).");
        }
        for (Problem warning : warnings) {
            report.line(
                    warning.code() + " " + warning.path(),
                    warning.message(VIETNAMESE)
                            + (warning.normalised() == null ? " → bỏ qua" : " → đọc là " + warning.normalised()));
        }
    }

    public static void pdfSignaturesAtAcceptance(EvidenceReport report, List<PdfSignatureFound> found) {
        report.heading("Chữ ký số trong tệp PDF khi trục tiếp nhận (signatures inside the PDFs)");
        if (found.isEmpty()) {
            report.note("Gói tin không có tệp PDF đính kèm (no PDF attachment).");
        }
        found.forEach(f -> report.line(f.attachmentName(), f.summary(VIETNAMESE)));
    }

    public static void pdfSignaturesToday(EvidenceReport report, List<AttachedPdf> pdfs) {
        report.heading("Kiểm tra lại chữ ký số trong tệp PDF hôm nay");
        if (pdfs.isEmpty()) {
            report.note("Gói tin không có tệp PDF đính kèm (no PDF attachment).");
        }
        for (AttachedPdf pdf : pdfs) {
            pdf.verification().summaries(VIETNAMESE).forEach(line -> report.line(pdf.name(), line));
        }
    }
}
