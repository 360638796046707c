package vn.edoc.ws.vxp;

import com.fasterxml.jackson.core.JsonGenerator;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import vn.edoc.error.EdocException;
import vn.edoc.error.ErrorCode;
import vn.edoc.error.Problem;
import vn.edoc.exchange.boundary.Acceptance;
import vn.edoc.exchange.boundary.CopyId;
import vn.edoc.exchange.boundary.Exchange;
import vn.edoc.exchange.boundary.FetchedPacket;
import vn.edoc.exchange.boundary.IncomingPacket;
import vn.edoc.exchange.boundary.SentCopy;
import vn.edoc.exchange.boundary.Statuses;
import vn.edoc.exchange.boundary.SystemMailbox;
import vn.edoc.exchange.boundary.WaitingCopy;
import vn.edoc.exchange.control.PacketIntake;
import vn.edoc.exchange.entity.PacketKind;
import vn.edoc.monitoring.boundary.AxisMetrics;
import vn.edoc.systems.Caller;
import vn.edoc.ws.EitherKind;

/**
 * The exchange operations of the national protocol, each one boundary call: {@code sendEdoc} is {@code sendDocument}
 * or {@code sendStatus} (the packet decides), the lists, fetches and confirmations are the caller's {@link
 * SystemMailbox}. The directory operations are in {@link VxpDirectoryCalls}.
 */
final class VxpCalls {
    private static final String DOC_ID = "docId";

    private final Exchange exchange;
    private final Statuses statuses;
    private final SystemMailbox mailbox;
    private final long maxBytes;
    private final long maxStatusBytes;
    private final AxisMetrics metrics;

    VxpCalls(Exchange exchange, Statuses statuses, SystemMailbox mailbox, PacketIntake intake, AxisMetrics metrics) {
        this.metrics = metrics;
        this.exchange = exchange;
        this.statuses = statuses;
        this.mailbox = mailbox;
        this.maxBytes = intake.maxBytes();
        this.maxStatusBytes = intake.maxStatusBytes();
    }

    /**
     * Accepts the body as a document or a status, whichever it is; the same bytes again answer the same DocId. The
     * body is bound to the signed headers by {@code hash-file}, checked before anything else reads it.
     */
    void sendEdoc(Caller caller, VxpHeaders headers, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String hashFile = headers.parameter("hash-file");
        if (hashFile == null || hashFile.isBlank()) {
            throw new EdocException(ErrorCode.REQUEST_INVALID, "XroadVnpt-hash-file", "hash-file: the file's SHA-256");
        }
        IncomingPacket incoming;
        try {
            incoming = IncomingBody.receive(request.getInputStream(), maxBytes);
        } catch (EdocException refusal) {
            metrics.refused(AxisMetrics.VXP, refusal.code());
            throw refusal;
        }
        try {
            Acceptance accepted = metrics.acceptance(AxisMetrics.VXP, () -> {
                if (!HashFile.matches(hashFile, incoming.sha256())) {
                    throw new EdocException(
                            ErrorCode.BODY_HASH_MISMATCH, "XroadVnpt-hash-file", hashFile, incoming.sha256());
                }
                return EitherKind.accept(exchange, statuses, caller, incoming, null, maxStatusBytes);
            });
            VxpReply.ok(response, json -> {
                json.writeStringField("DocId", accepted.packetId());
                writeWarnings(json, accepted.warnings());
            });
        } finally {
            IncomingBody.delete(incoming.file());
        }
    }

    /**
     * What the reader forgave in the packet, as an extra top-level array the SDK ignores (it reads DocId only) but
     * prints with the reply, so that the DMS's operator sees it; empty for a packet that kept the standard.
     */
    private static void writeWarnings(JsonGenerator json, List<Problem> warnings) throws IOException {
        json.writeArrayFieldStart("warnings");
        for (Problem warning : warnings) {
            json.writeStartObject();
            json.writeStringField("code", warning.code().name());
            json.writeStringField("path", warning.path() == null ? "" : warning.path());
            json.writeStringField("readAs", warning.normalised() == null ? "" : warning.normalised());
            json.writeStringField("message", warning.message(Locale.forLanguageTag("vi")));
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** The copies waiting for the caller's offices, of the kind its {@code messagetype} names, leased to it. */
    void getReceivedEdocList(Caller caller, VxpHeaders headers, HttpServletResponse response) throws IOException {
        List<WaitingCopy> copies = mailbox.waiting(caller, kind(headers), pageSize(headers.parameter("pageSize")));
        VxpReply.ok(response, json -> writeData(json, copies, VxpCalls::writeWaiting));
    }

    /** One item of a list reply, as the SDK reads it. */
    @FunctionalInterface
    private interface ItemWriter<T> {
        void write(JsonGenerator json, T item) throws IOException;
    }

    private static <T> void writeData(JsonGenerator json, List<T> items, ItemWriter<T> writer) throws IOException {
        json.writeArrayFieldStart("data");
        for (T item : items) {
            writer.write(json, item);
        }
        json.writeEndArray();
    }

    private static void writeWaiting(JsonGenerator json, WaitingCopy copy) throws IOException {
        json.writeStartObject();
        json.writeStringField(DOC_ID, copy.copy().text());
        json.writeStringField("serviceType", "eDoc");
        json.writeStringField("messageType", copy.kind() == PacketKind.STATUS ? "status" : "edoc");
        json.writeStringField("created_time", VxpWords.time(copy.acceptedAt()));
        json.writeStringField("updated_time", VxpWords.time(copy.stateSince()));
        json.writeStringField("from", copy.senderId());
        json.writeStringField("to", copy.copy().recipientId());
        json.writeStringField("status", VxpWords.state(copy.state()));
        json.writeStringField("status_desc", VxpWords.stateDescription(copy.state()));
        json.writeEndObject();
    }

    /** The copy's packet, byte for byte, base64 in {@code data}, streamed from the store. */
    void getEdoc(Caller caller, VxpHeaders headers, HttpServletResponse response) throws IOException {
        FetchedPacket fetched = mailbox.fetch(caller, CopyId.parse(headers.parameter(DOC_ID), DOC_ID));
        VxpReply.ok(response, json -> {
            json.writeFieldName("data");
            try (InputStream in = fetched.bytes().open()) {
                json.writeBinary(in, -1);
            }
        });
    }

    /** The copy's packet, byte for byte, as the body itself. */
    void downloadEdoc(Caller caller, VxpHeaders headers, HttpServletResponse response) throws IOException {
        FetchedPacket fetched = mailbox.fetch(caller, CopyId.parse(headers.parameter(DOC_ID), DOC_ID));
        response.setContentType("application/octet-stream");
        response.setContentLengthLong(fetched.bytes().size());
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fetched.packetId() + ".edxml\"");
        try (InputStream in = fetched.bytes().open();
                OutputStream out = response.getOutputStream()) {
            in.transferTo(out);
        }
    }

    /**
     * {@code done} confirms the copy, {@code fail} gives it back, {@code processing} keeps it; a business status
     * travels as a status packet, so any other word is refused.
     */
    void updateStatus(Caller caller, VxpHeaders headers, HttpServletResponse response) throws IOException {
        String status = headers.parameter("status");
        String word = status == null ? "" : status.strip().toLowerCase(Locale.ROOT);
        CopyId copy = CopyId.parse(headers.parameter(DOC_ID), DOC_ID);
        switch (word) {
            case "done" -> mailbox.confirm(caller, copy);
            case "fail" -> mailbox.giveBack(caller, copy);
            case "processing" -> mailbox.keep(caller, copy);
            default -> throw new EdocException(ErrorCode.COPY_STATUS_UNSUPPORTED, "XroadVnpt-status", status);
        }
        VxpReply.ok(response, json -> {});
    }

    /** Each recipient's copy of a packet the caller sent ({@code docId}: its DocId, or one copy's). */
    void getSentEdocList(Caller caller, VxpHeaders headers, HttpServletResponse response) throws IOException {
        String docId = headers.parameter(DOC_ID);
        if (docId == null || docId.isBlank()) {
            throw new EdocException(ErrorCode.REQUEST_INVALID, DOC_ID, "docId: the DocId sendEdoc answered");
        }
        String packetId = docId.contains("~") ? CopyId.parse(docId, DOC_ID).packetId() : docId.strip();
        List<SentCopy> copies = mailbox.sent(caller, packetId);
        VxpReply.ok(response, json -> writeData(json, copies, VxpCalls::writeSent));
    }

    private static void writeSent(JsonGenerator json, SentCopy copy) throws IOException {
        json.writeStartObject();
        json.writeStringField("serviceType", "eDoc");
        json.writeStringField("messageType", "edoc");
        json.writeStringField("senderDocId", copy.packetId());
        json.writeStringField("receiverDocId", copy.copy().text());
        json.writeStringField("fromCode", copy.senderId());
        json.writeStringField("toCode", copy.copy().recipientId());
        json.writeStringField("title", copy.subject() == null ? "" : copy.subject());
        json.writeStringField("notation", copy.documentCode() == null ? "" : copy.documentCode());
        json.writeStringField("sentTime", VxpWords.time(copy.sentAt()));
        json.writeStringField("receivedTime", VxpWords.time(copy.changedAt()));
        json.writeStringField("sendStatus", "done");
        json.writeStringField("sendStatusDesc", "Trục đã tiếp nhận / accepted by the axis");
        json.writeStringField("receiveStatus", VxpWords.state(copy.state()));
        json.writeStringField("receiveStatusDesc", VxpWords.receiveDescription(copy.state(), copy.progress()));
        json.writeEndObject();
    }

    /** What {@code getReceivedEdocList} would list now for this kind, nothing leased. */
    void count(Caller caller, PacketKind kind, HttpServletResponse response) throws IOException {
        long count = mailbox.count(caller, kind);
        VxpReply.ok(response, json -> json.writeNumberField("count", (int) Math.min(Integer.MAX_VALUE, count)));
    }

    /**
     * Documents or statuses, by {@code messagetype} or {@code servicetype} (callers say "status" in either): statuses
     * when either says so, documents when either says "edoc", both when neither.
     */
    private static PacketKind kind(VxpHeaders headers) {
        List<String> hints =
                java.util.Arrays.asList(headers.parameter("messagetype"), headers.parameter("servicetype"));
        if (hints.stream().anyMatch("status"::equalsIgnoreCase)) {
            return PacketKind.STATUS;
        }
        return hints.stream().anyMatch("edoc"::equalsIgnoreCase) ? PacketKind.DOCUMENT : null;
    }

    private static int pageSize(String given) {
        try {
            int size = given == null ? SystemMailbox.MAX_LISTED : Integer.parseInt(given.strip());
            return size < 1 ? SystemMailbox.MAX_LISTED : Math.min(size, SystemMailbox.MAX_LISTED);
        } catch (NumberFormatException e) {
            return SystemMailbox.MAX_LISTED;
        }
    }
}
