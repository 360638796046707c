package vn.edoc.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import vn.edoc.edxml.model.Attachment;
import vn.edoc.edxml.model.Business;
import vn.edoc.edxml.model.DocumentPacket;
import vn.edoc.edxml.model.MessageHeader;
import vn.edoc.edxml.model.Organization;
import vn.edoc.edxml.model.StatusPacket;
import vn.edoc.edxml.read.ReadResult;
import vn.edoc.error.Problem;

/** Prints what the reader found, one field a line, labelled with the standard's element names. */
final class PacketPrinter {
    /** Dates as Vietnamese readers write them. */
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm:ss");

    private final PrintWriter out;
    private final Locale locale;

    PacketPrinter(PrintWriter out, Locale locale) {
        this.out = out;
        this.locale = locale;
    }

    void print(Path file, ReadResult result) {
        boolean vietnamese = locale.getLanguage().equals("vi");
        out.println(file + ": " + verdict(result, vietnamese));
        if (result.packet() instanceof DocumentPacket document) {
            document(document);
        } else if (result.packet() instanceof StatusPacket status) {
            status(status);
        }
        List<Problem> errors = result.errors();
        out.println((vietnamese ? "Lỗi" : "Problems") + ": " + errors.size());
        errors.forEach(this::problem);
        List<Problem> warnings = result.warnings();
        if (!warnings.isEmpty()) {
            out.println(
                    (vietnamese ? "Cảnh báo (vẫn đọc được)" : "Warnings (read all the same)") + ": " + warnings.size());
            warnings.forEach(this::problem);
        }
    }

    private void problem(Problem problem) {
        String where = problem.line() < 0 ? "" : " [" + problem.line() + ":" + problem.column() + "]";
        String path = problem.path() == null ? "" : " " + problem.path();
        String readAs = !problem.isWarning()
                ? ""
                : problem.normalised() == null
                        ? (locale.getLanguage().equals("vi") ? " → bỏ qua" : " → left out")
                        : (locale.getLanguage().equals("vi") ? " → đọc là \"" : " → read as \"") + problem.normalised()
                                + "\"";
        out.println("  " + problem.code() + path + where + ": " + problem.message(locale) + readAs);
    }

    private static String verdict(ReadResult result, boolean vietnamese) {
        String kind = result.packet() instanceof StatusPacket
                ? (vietnamese ? "gói tin trạng thái" : "status packet")
                : (vietnamese ? "gói tin văn bản" : "document packet");
        if (result.packet() == null) {
            return vietnamese ? "không đọc được gói tin" : "not a readable packet";
        }
        String valid = !result.isValid()
                ? (vietnamese ? "có lỗi" : "invalid")
                : result.isClean()
                        ? (vietnamese ? "hợp lệ" : "valid")
                        : (vietnamese ? "hợp lệ, có cảnh báo" : "valid, with warnings");
        return kind + ", " + valid;
    }

    private void document(DocumentPacket packet) {
        MessageHeader header = packet.header();
        field("From", office(header.from()));
        header.to().forEach(to -> field("To", office(to)));
        field("DocumentId", header.documentId());
        field("Code", header.code());
        field(
                "PromulgationDate",
                header.promulgationInfo() == null
                        ? null
                        : header.promulgationInfo().date());
        field(
                "DocumentType",
                header.documentType() == null ? null : header.documentType().typeName());
        field("Subject", header.subject());
        field(
                "SignerInfo",
                header.signerInfo() == null ? null : header.signerInfo().fullName());
        field("DueDate", header.dueDate());
        field("Priority", header.otherInfo() == null ? null : header.otherInfo().priority());
        header.responseFor().forEach(r -> field("ResponseFor", r.documentId()));
        Business business = packet.traceHeaderList() == null
                ? null
                : packet.traceHeaderList().business();
        if (business != null) {
            field("BussinessDocType", business.docType() + " " + (business.reason() == null ? "" : business.reason()));
            field("Bussiness/DocumentId", business.documentId());
        }
        out.println("Attachments: " + packet.attachments().size());
        int index = 1;
        for (Attachment attachment : packet.attachments()) {
            out.println("  " + index++ + ". " + attachment(attachment));
        }
    }

    private void status(StatusPacket status) {
        field("From", office(status.from()));
        field(
                "ResponseFor",
                status.responseFor() == null ? null : status.responseFor().documentId());
        field(
                "StatusCode",
                status.statusCode() == null ? null : status.statusCode().code() + " " + status.statusCode());
        field("Description", status.description());
        field("Timestamp", status.timestamp());
    }

    private static String attachment(Attachment attachment) {
        String name = attachment.attachmentName() + " (" + attachment.contentType() + ")";
        if (attachment.content() == null) {
            return name + " -";
        }
        String wrapped = attachment.content().zipWrapped() ? " zip" : "";
        return name + wrapped + " " + attachment.content().size() + " bytes sha256="
                + attachment.content().sha256();
    }

    private static String office(Organization organization) {
        return organization == null ? null : organization.organId() + " " + organization.organName();
    }

    private void field(String name, Object value) {
        if (value instanceof LocalDate date) {
            field(name, DATE.format(date));
        } else if (value instanceof LocalDateTime time) {
            field(name, TIMESTAMP.format(time));
        } else if (value != null) {
            out.println(name + ": " + value);
        }
    }
}
