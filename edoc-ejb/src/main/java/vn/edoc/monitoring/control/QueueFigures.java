package vn.edoc.monitoring.control;

import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What waits in the axis at one moment, read with a handful of aggregate queries (times in the database are UTC, as
 * everywhere in the schema).
 *
 * @param waiting copies not yet confirmed, by {@link #key(String, String) state and recipient level}
 * @param oldestWaiting when the oldest copy still waiting for its recipient started to wait; null when none waits
 */
public record QueueFigures(
        Map<String, Long> waiting,
        Instant oldestWaiting,
        long deadLetters,
        long auditWaiting,
        long directoryRevision,
        long pinLocks,
        Instant takenAt) {
    /** The level given to a copy whose recipient is not in this axis's directory (behind a peer). */
    public static final String OUTSIDE = "outside";

    public QueueFigures {
        waiting = Map.copyOf(waiting);
    }

    public static String key(String state, String level) {
        return state + "|" + level;
    }

    public long waiting(String state, String level) {
        return waiting.getOrDefault(key(state, level), 0L);
    }

    /** Seconds the oldest waiting copy has waited at {@code now}; 0 when none waits. */
    public long oldestWaitingSeconds(Instant now) {
        return oldestWaiting == null ? 0 : Math.max(0, now.getEpochSecond() - oldestWaiting.getEpochSecond());
    }

    /** The levels of the directory ({@code office_level}). */
    public static List<String> levels(EntityManager entityManager) {
        return entityManager
                .createNativeQuery("SELECT name FROM office_level ORDER BY depth, name")
                .getResultStream()
                .map(String::valueOf)
                .toList();
    }

    public static QueueFigures read(EntityManager entityManager, Instant now) {
        Map<String, Long> waiting = new HashMap<>();
        Instant oldest = null;
        List<?> rows = entityManager
                .createNativeQuery("SELECT d.state, COALESCE(o.level_name, '" + OUTSIDE + "'), COUNT(*),"
                        + " MIN(d.state_since) FROM delivery d LEFT JOIN office o ON o.code = d.recipient_code"
                        + " WHERE d.state IN ('HELD', 'WAITING', 'FETCHED')"
                        + " GROUP BY d.state, COALESCE(o.level_name, '" + OUTSIDE + "')")
                .getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            String state = String.valueOf(columns[0]);
            waiting.merge(key(state, String.valueOf(columns[1])), ((Number) columns[2]).longValue(), Long::sum);
            Instant since = utc(columns[3]);
            if ("WAITING".equals(state) && since != null && (oldest == null || since.isBefore(oldest))) {
                oldest = since;
            }
        }
        return new QueueFigures(
                waiting,
                oldest,
                count(entityManager, "SELECT COUNT(*) FROM delivery WHERE push_state = 'DEAD_LETTER'"),
                count(entityManager, "SELECT COUNT(*) FROM audit_pending"),
                count(entityManager, "SELECT revision FROM directory_revision WHERE id = 1"),
                ((Number) entityManager
                                .createNativeQuery("SELECT COUNT(*) FROM pin_attempt WHERE locked_until > ?1")
                                .setParameter(1, now.toEpochMilli())
                                .getSingleResult())
                        .longValue(),
                now);
    }

    private static long count(EntityManager entityManager, String sql) {
        List<?> result = entityManager.createNativeQuery(sql).getResultList();
        return result.isEmpty() || result.get(0) == null ? 0 : ((Number) result.get(0)).longValue();
    }

    private static Instant utc(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        if (value instanceof LocalDateTime time) {
            return time.toInstant(ZoneOffset.UTC);
        }
        return null;
    }
}
