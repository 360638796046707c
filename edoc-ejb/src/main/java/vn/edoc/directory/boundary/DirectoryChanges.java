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
 */
public record DirectoryChanges(
        long revision, Instant changedAt, List<OfficeRecord> offices, Map<String, List<SealCertificate>> seals) {

    /** The seals registered for one office. */
    public List<SealCertificate> sealsOf(String code) {
        return seals.getOrDefault(code, List.of());
    }
}
