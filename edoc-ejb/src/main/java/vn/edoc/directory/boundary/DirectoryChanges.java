package vn.edoc.directory.boundary;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import vn.edoc.directory.OfficeRecord;

/**
 * The offices changed after a revision, for a document-management system's address book.
 *
 * @param revision the directory revision these offices bring the caller to: ask for changes after it next time
 * @param changedAt when that revision was written, or {@code null} for an empty directory
 * @param offices every office changed after the revision asked for (all of them when asked from 0), dissolved ones
 *     included so that the caller can retire them
 * @param seals the seal certificates registered for those offices in the trust folder, by code (empty when the axis
 *     has no trust folder)
 * @param removed the codes of offices removed in the same span (on the pages after the offices): drop them
 * @param nextCursor where the next page of this walk starts, or {@code null} after its last page (the revision is the
 *     same on every page of a walk: keep it once the last page is read)
 */
public record DirectoryChanges(
        long revision,
        Instant changedAt,
        List<OfficeRecord> offices,
        Map<String, List<SealCertificate>> seals,
        List<String> removed,
        String nextCursor) {

    /** The seals registered for one office. */
    public List<SealCertificate> sealsOf(String code) {
        return seals.getOrDefault(code, List.of());
    }
}
