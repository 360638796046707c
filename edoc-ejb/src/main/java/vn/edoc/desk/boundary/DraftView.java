package vn.edoc.desk.boundary;

import java.time.Instant;
import java.util.List;
import vn.edoc.desk.control.AttachedFile;
import vn.edoc.desk.entity.DraftContent;
import vn.edoc.exchange.boundary.PacketTrace;

/**
 * One outgoing document as its pages show it: the content, the recipients by name, the attachments, its history and,
 * once issued, each recipient's state and statuses.
 *
 * @param trace each recipient's trace once issued, else {@code null}
 */
public record DraftView(
        DraftSummary summary,
        DraftContent content,
        String documentId,
        String changesDocumentId,
        String changeReason,
        List<Named> recipients,
        List<AttachedFile> attachments,
        List<Step> history,
        PacketTrace trace) {
    public DraftView {
        recipients = List.copyOf(recipients);
        attachments = List.copyOf(attachments);
        history = List.copyOf(history);
    }

    /** An office by code and name. */
    public record Named(String code, String name) {}

    /** A step of the draft's history. */
    public record Step(Instant at, String actor, String action, String remark) {}
}
