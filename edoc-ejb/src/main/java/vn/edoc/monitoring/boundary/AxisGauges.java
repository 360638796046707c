package vn.edoc.monitoring.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import vn.edoc.monitoring.control.QueueFigures;

/**
 * The gauges of what waits in the axis: copies not yet confirmed by state and by level of the recipient office, the
 * age of the oldest copy waiting for its recipient, dead letters, audit entries waiting to be chained, the directory's
 * revision, PIN locks in force. They are read from the database together, at most once every {@code
 * edoc.metrics.refresh-seconds} (5) however often Prometheus scrapes, so a scrape costs the database a few aggregate
 * queries at most.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class AxisGauges {
    @Inject
    private Clock clock;

    private static final List<String> STATES = List.of("HELD", "WAITING", "FETCHED");

    @Inject
    MetricRegistry registry;

    @PersistenceContext(unitName = "edoc")
    EntityManager entityManager;

    @Inject
    @ConfigProperty(name = "edoc.metrics.refresh-seconds", defaultValue = "5")
    long refreshSeconds;

    @Resource
    SessionContext context;

    private volatile QueueFigures last;

    @Inject
    AxisMetrics metrics;

    @PostConstruct
    void register() {
        metrics.registerKnown();
        // a gauge is read on the metrics endpoint's thread: through the container, so the query runs as an EJB call
        AxisGauges self = context.getBusinessObject(AxisGauges.class);
        List<String> levels = new ArrayList<>(QueueFigures.levels(entityManager));
        levels.add(QueueFigures.OUTSIDE);
        Metadata copies = AxisMetrics.metadata(
                "edoc.copies.waiting",
                "Copies not yet confirmed by their recipient, by state and level of the recipient",
                MetricUnits.NONE);
        for (String state : STATES) {
            for (String level : levels) {
                registry.gauge(
                        copies,
                        () -> self.figures().waiting(state, level),
                        new Tag("state", state),
                        new Tag("level", level));
            }
        }
        gauge(
                self,
                "edoc.copies.oldest.waiting.age",
                "How long the oldest copy waiting for its recipient has waited",
                MetricUnits.SECONDS,
                f -> f.oldestWaitingSeconds(Instant.now(clock)));
        gauge(
                self,
                "edoc.push.dead.letters",
                "Copies whose pushes all failed, waiting for an operator",
                MetricUnits.NONE,
                QueueFigures::deadLetters);
        gauge(
                self,
                "edoc.audit.waiting",
                "Audit entries written and not yet chained",
                MetricUnits.NONE,
                QueueFigures::auditWaiting);
        gauge(
                self,
                "edoc.directory.revision",
                "The directory's current revision",
                MetricUnits.NONE,
                QueueFigures::directoryRevision);
        gauge(
                self,
                "edoc.pin.locks",
                "Leaders' keys locked for an asker after wrong PINs",
                MetricUnits.NONE,
                QueueFigures::pinLocks);
    }

    private void gauge(
            AxisGauges self, String name, String description, String unit, ToLongFunction<QueueFigures> value) {
        registry.gauge(AxisMetrics.metadata(name, description, unit), () -> value.applyAsLong(self.figures()));
    }

    /** The figures, read again when the last ones are older than the refresh period. */
    @Lock(LockType.READ)
    public QueueFigures figures() {
        QueueFigures figures = last;
        Instant now = Instant.now(clock);
        if (figures == null || Duration.between(figures.takenAt(), now).getSeconds() >= refreshSeconds) {
            figures = QueueFigures.read(entityManager, now);
            last = figures;
        }
        return figures;
    }
}
