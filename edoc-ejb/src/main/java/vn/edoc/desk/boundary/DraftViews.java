package vn.edoc.desk.boundary;

import java.util.ArrayList;
import java.util.List;
import vn.edoc.desk.control.AttachedFile;
import vn.edoc.desk.entity.Draft;
import vn.edoc.desk.entity.DraftAttachment;
import vn.edoc.directory.boundary.Directory;
import vn.edoc.exchange.boundary.PacketTrace;

/** Maps a draft to the view its pages show. */
final class DraftViews {
    private DraftViews() {}

    static DraftView of(Draft draft, Directory directory, PacketTrace trace) {
        List<DraftView.Named> recipients = draft.content().recipients().stream()
                .map(code -> new DraftView.Named(code, directory.nameOf(code)))
                .toList();
        List<AttachedFile> files = new ArrayList<>();
        List<DraftAttachment> attachments = draft.attachments();
        for (int i = 0; i < attachments.size(); i++) {
            DraftAttachment a = attachments.get(i);
            files.add(new AttachedFile(i, a.fileName(), a.contentType(), a.size(), a.sha256()));
        }
        List<DraftView.Step> history = draft.events().stream()
                .map(e -> new DraftView.Step(e.at(), e.actor(), e.action(), e.remark()))
                .toList();
        return new DraftView(
                DraftSummary.of(draft),
                draft.content(),
                draft.hasDocumentId() ? draft.documentId() : null,
                draft.changesDocumentId(),
                draft.changeReason(),
                recipients,
                files,
                history,
                trace);
    }
}
