package vn.edoc.desk.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.edoc.directory.boundary.Directory;

/**
 * The operators' dashboard: documents sent per day by the sender's administrative level, the recipients' statuses,
 * and the offices with the most overdue documents. Read-only queries over the exchange's tables.
 */
@Stateless
public class Overview {
    @Inject
    private Clock clock;

    private static final String DOCUMENTS = "p.kind = vn.edoc.exchange.entity.PacketKind.DOCUMENT";

    @PersistenceContext(unitName = "edoc")
    private EntityManager entityManager;

    @EJB
    private Directory directory;

    /** Documents accepted per day (Vietnam's dates) of the last {@code days}, per sender level, oldest day first. */
    public Map<LocalDate, Map<String, Long>> documentsPerDay(int days) {
        LocalDate today = LocalDate.now(clock.withZone(Outbox.VIETNAM));
        Instant since = today.minusDays(days - 1L).atStartOfDay(Outbox.VIETNAM).toInstant();
        Map<LocalDate, Map<String, Long>> perDay = new TreeMap<>();
        for (int i = days - 1; i >= 0; i--) {
            perDay.put(today.minusDays(i), new TreeMap<>());
        }
        List<Object[]> rows = entityManager
                .createQuery(
                        "SELECT p.acceptedAt, o.level FROM Packet p, Office o WHERE o.code = p.senderId AND "
                                + DOCUMENTS + " AND p.acceptedAt >= :since",
                        Object[].class)
                .setParameter("since", since)
                .getResultList();
        for (Object[] row : rows) {
            LocalDate day = ((Instant) row[0]).atZone(Outbox.VIETNAM).toLocalDate();
            perDay.computeIfAbsent(day, d -> new TreeMap<>()).merge((String) row[1], 1L, Long::sum);
        }
        return perDay;
    }

    /** How many copies of documents stand at each progress status ({@code NEW} before any). */
    public Map<String, Long> statusDistribution() {
        Map<String, Long> counts = new TreeMap<>();
        entityManager
                .createQuery(
                        "SELECT d.progress, COUNT(d) FROM Delivery d JOIN d.packet p WHERE " + DOCUMENTS
                                + " AND d.withdrawn = FALSE GROUP BY d.progress",
                        Object[].class)
                .getResultStream()
                .forEach(row -> counts.put(row[0] == null ? "NEW" : (String) row[0], (Long) row[1]));
        return counts;
    }

    /** The offices owing the most overdue documents (neither done nor refused by their DueDate), by name. */
    public Map<String, Long> overdueByOffice(int top) {
        Map<String, Long> owed = new LinkedHashMap<>();
        entityManager
                .createQuery(
                        "SELECT d.recipientId, COUNT(d) FROM Delivery d JOIN d.packet p WHERE " + DOCUMENTS
                                + " AND p.dueDate < :today AND d.withdrawn = FALSE"
                                + " AND (d.progress IS NULL OR d.progress NOT IN ('02', '06'))"
                                + " GROUP BY d.recipientId ORDER BY COUNT(d) DESC",
                        Object[].class)
                .setParameter("today", LocalDate.now(clock.withZone(Outbox.VIETNAM)))
                .setMaxResults(top)
                .getResultStream()
                .forEach(row -> owed.put(directory.nameOf((String) row[0]), (Long) row[1]));
        return owed;
    }
}
