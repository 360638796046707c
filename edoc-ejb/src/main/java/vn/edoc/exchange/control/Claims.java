package vn.edoc.exchange.control;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * Workers claim copies with {@code SELECT ... FOR UPDATE SKIP LOCKED}: rows another worker's open transaction is
 * claiming are passed over instead of waited for, and the lease written before commit keeps them out of every later
 * claim until it ends. The same SQL runs on MariaDB/MySQL 8 and H2 2.x; it names only the delivery table, since
 * MariaDB would also lock (and so skip) the rows of every joined table, such as a packet many offices receive. The
 * limit is written out because a JPA row limit may be placed after the locking clause.
 */
public final class Claims {
    private Claims() {}

    /**
     * Up to {@code max} copies for these recipient codes ({@code null}: for any recipient) after delivery number
     * {@code after}, not held by another worker, oldest first, locked.
     */
    public static List<Long> pullable(
            EntityManager entityManager,
            Collection<String> recipientIds,
            String worker,
            Instant now,
            long after,
            int max) {
        // any recipient: of this axis only, never a copy that waits to be forwarded to a peer axis
        String recipients = recipientIds == null
                ? "via_peer IS NULL"
                : "recipient_code IN (" + String.join(", ", Collections.nCopies(recipientIds.size(), "?")) + ")";
        var query = entityManager.createNativeQuery("SELECT id FROM delivery WHERE " + recipients
                + " AND id > ? AND state IN ('WAITING', 'FETCHED')"
                + " AND (lease_until IS NULL OR lease_until < ? OR lease_holder = ?)"
                + " ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED");
        int position = 1;
        for (String code : recipientIds == null ? List.<String>of() : recipientIds) {
            query.setParameter(position++, code);
        }
        query.setParameter(position++, after);
        query.setParameter(position++, now.toEpochMilli());
        query.setParameter(position++, worker);
        query.setParameter(position, max);
        return ids(query.getResultList());
    }

    /** Up to {@code max} copies whose push is due and that no worker holds, most overdue first, locked. */
    public static List<Long> duePushes(EntityManager entityManager, Instant now, int max) {
        var query = entityManager.createNativeQuery("SELECT id FROM delivery WHERE push_state = 'DUE'"
                + " AND next_attempt_at <= ? AND state = 'WAITING' AND (lease_until IS NULL OR lease_until < ?)"
                + " ORDER BY next_attempt_at, id LIMIT ? FOR UPDATE SKIP LOCKED");
        query.setParameter(1, now.toEpochMilli());
        query.setParameter(2, now.toEpochMilli());
        query.setParameter(3, max);
        return ids(query.getResultList());
    }

    private static List<Long> ids(List<?> rows) {
        return rows.stream().map(row -> ((Number) row).longValue()).toList();
    }
}
