package vn.edoc.exchange.boundary;

import java.util.List;
import vn.edoc.error.EdocException;
import vn.edoc.error.ErrorCode;

/**
 * One page of an office's pending list and where the next one starts. The cursor is the last listed copy's delivery
 * number in base 36: copies are listed in that order, so a walk never repeats or skips one that was pending when it
 * passed. Clients treat it as opaque.
 */
public record PendingPage(List<PendingDocument> documents, String nextCursor) {
    private static final String PREFIX = "d";

    /** The page, with a cursor when it is full (more may wait after it). */
    static PendingPage of(List<PendingDocument> documents, long lastDeliveryId, int limit) {
        return new PendingPage(documents, documents.size() < limit ? null : PREFIX + Long.toString(lastDeliveryId, 36));
    }

    /** The delivery number after which a page starts: 0 without a cursor. */
    static long after(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return 0;
        }
        try {
            if (cursor.startsWith(PREFIX)) {
                long after = Long.parseLong(cursor.substring(PREFIX.length()), 36);
                if (after >= 0) {
                    return after;
                }
            }
        } catch (NumberFormatException e) {
            // refused below, like any other cursor this axis did not give out
        }
        throw new EdocException(
                ErrorCode.REQUEST_INVALID, "cursor", "cursor \"" + cursor + "\" was not given by this axis");
    }
}
