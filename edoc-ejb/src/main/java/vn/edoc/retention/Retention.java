package vn.edoc.retention;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.edoc.audit.AuditAction;
import vn.edoc.audit.boundary.AuditLog;
import vn.edoc.error.EdocException;
import vn.edoc.error.ErrorCode;
import vn.edoc.exchange.control.PacketStore;
import vn.edoc.exchange.entity.Packet;

/**
 * Purges the bytes of packets accepted before the retention period ({@code edoc.retention.days}, 0 keeps them for
 * ever), every night and when an operator asks. A purged packet's row stays with its SHA-256 and DocumentId, so the
 * same DocumentId stays taken for ever; its deliveries, statuses, receipts and audit entries stay too.
 *
 * <p>Never younger than the period, never unfinished: an operator's purge may name an earlier time, not a later one
 * ({@code PURGE_BEFORE_RETENTION}: a wrong date, or a forged request, must not empty the store), and a packet some
 * recipient has not yet taken and confirmed (a copy held, waiting or fetched) keeps its bytes whatever its age.
 */
@Stateless
public class Retention {
    @Inject
    private Clock clock;

    private static final Logger LOG = Logger.getLogger(Retention.class.getName());
    private static final int BATCH = 500;

    @PersistenceContext(unitName = "edoc")
    private EntityManager entityManager;

    @Inject
    private PacketStore store;

    @EJB
    private AuditLog audit;

    @Inject
    @ConfigProperty(name = "edoc.retention.days", defaultValue = "0")
    private int retentionDays;

    /** Every night at 02:30 server time: one batch per run keeps each transaction short. */
    @Schedule(hour = "2", minute = "30", persistent = false)
    void nightly() {
        if (retentionDays > 0) {
            purge(Instant.now(clock).minus(Duration.ofDays(retentionDays)), "retention");
        }
    }

    /**
     * Deletes the bytes of up to {@value #BATCH} packets accepted before {@code before}; call again while it returns
     * a full batch.
     *
     * @return how many packets were purged
     */
    public int purgeAcceptedBefore(Instant before, String actor) {
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
        Instant latest = retentionDays > 0 ? now.minus(Duration.ofDays(retentionDays)) : null;
        if (latest == null || before.isAfter(latest)) {
            throw new EdocException(
                    ErrorCode.PURGE_BEFORE_RETENTION,
                    "before",
                    before,
                    retentionDays,
                    latest == null ? "-" : latest.toString());
        }
        return purge(before, actor);
    }

    private int purge(Instant before, String actor) {
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
        // native, with the time as the UTC date-time the column holds: the converter does not apply to parameters.
        // Every server of a cluster runs the nightly purge: the rows one purges are locked and the others skip them,
        // so that no packet is purged (and audited) twice
        @SuppressWarnings("unchecked")
        List<String> ids = entityManager
                .createNativeQuery("SELECT packet_id FROM packet p WHERE accepted_at < ? AND purged_at IS NULL"
                        + " AND NOT EXISTS (SELECT 1 FROM delivery d WHERE d.packet_id = p.packet_id"
                        + " AND d.state IN ('HELD', 'WAITING', 'FETCHED'))"
                        + " ORDER BY accepted_at LIMIT ? FOR UPDATE SKIP LOCKED")
                .setParameter(1, LocalDateTime.ofInstant(before, ZoneOffset.UTC))
                .setParameter(2, BATCH)
                .getResultList();
        List<Packet> packets =
                ids.stream().map(id -> entityManager.find(Packet.class, id)).toList();
        for (Packet packet : packets) {
            store.delete(packet.packetId());
            packet.purge(now);
        }
        if (!packets.isEmpty()) {
            audit.append(actor, AuditAction.PACKETS_PURGED, null, packets.size() + " accepted before " + before);
            LOG.info(() -> "edoc: purged the bytes of " + packets.size() + " packets accepted before " + before);
        }
        return packets.size();
    }
}
