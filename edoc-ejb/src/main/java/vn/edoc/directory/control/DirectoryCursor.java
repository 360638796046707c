package vn.edoc.directory.control;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import vn.edoc.error.EdocException;
import vn.edoc.error.ErrorCode;

/**
 * Where a paged walk through the directory's changes stands: what it asked for (after a revision, or after a time),
 * the revision the walk started at (offices changed later come in the next synchronisation, so a walk never mixes two
 * states of an office), the time of that revision, which part it is in (the offices changed, by code, then the codes
 * of offices removed) and the last code handed out. Passed to the caller as an opaque text and back; one that does not
 * read is refused, never guessed at.
 */
public record DirectoryCursor(
        long afterRevision,
        Instant since,
        long walkRevision,
        Long changedAtMillis,
        boolean inRemoved,
        String lastCode) {
    private static final String VERSION = "d1";

    /** The first page of a walk from {@code afterRevision} or {@code since} over the directory at {@code walkRevision}. */
    public static DirectoryCursor start(long afterRevision, Instant since, long walkRevision, Instant changedAt) {
        return new DirectoryCursor(
                afterRevision, since, walkRevision, changedAt == null ? null : changedAt.toEpochMilli(), false, "");
    }

    /** The cursor of the page after the one ending at {@code code}. */
    public DirectoryCursor after(String code) {
        return new DirectoryCursor(afterRevision, since, walkRevision, changedAtMillis, inRemoved, code);
    }

    /** The walk's second part: the codes of offices removed in the same span, from the first. */
    public DirectoryCursor removedPart() {
        return new DirectoryCursor(afterRevision, since, walkRevision, changedAtMillis, true, "");
    }

    public Instant changedAt() {
        return changedAtMillis == null ? null : Instant.ofEpochMilli(changedAtMillis);
    }

    public String encode() {
        String text = String.join(
                "|",
                VERSION,
                Long.toString(afterRevision),
                since == null ? "" : Long.toString(since.toEpochMilli()),
                Long.toString(walkRevision),
                changedAtMillis == null ? "" : Long.toString(changedAtMillis),
                inRemoved ? "r" : "o",
                lastCode);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor {@link #encode} wrote; refused with {@code REQUEST_INVALID} at {@code path} when it is not one. */
    public static DirectoryCursor decode(String cursor, String path) {
        try {
            String[] parts =
                    new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8).split("\\|", -1);
            if (parts.length != 7 || !VERSION.equals(parts[0]) || !parts[5].matches("[or]") || parts[6].length() > 64) {
                throw new IllegalArgumentException("not a directory cursor");
            }
            return new DirectoryCursor(
                    Long.parseLong(parts[1]),
                    parts[2].isEmpty() ? null : Instant.ofEpochMilli(Long.parseLong(parts[2])),
                    Long.parseLong(parts[3]),
                    parts[4].isEmpty() ? null : Long.parseLong(parts[4]),
                    "r".equals(parts[5]),
                    parts[6]);
        } catch (IllegalArgumentException e) {
            throw new EdocException(ErrorCode.REQUEST_INVALID, path, path + ": not a cursor this axis gave");
        }
    }
}
