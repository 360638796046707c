package vn.edoc.monitoring.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import vn.edoc.error.EdocException;
import vn.edoc.error.ErrorCode;

/**
 * The counters and times the axis updates as it works: packets accepted and refused (by protocol, and by error code),
 * how long an acceptance took, receipts signed, push attempts by outcome, log-in failures. Prometheus sees them as
 * {@code edoc_packets_accepted_total{protocol="SOAP"}}, {@code edoc_packets_refused_total{code="...",protocol="VXP"}},
 * {@code edoc_acceptance_seconds...} and so on.
 */
@ApplicationScoped
public class AxisMetrics {
    /** Where a packet came in. */
    public static final String SOAP = "SOAP";

    public static final String VXP = "VXP";
    /** The web UI's clerks (issue and answers). */
    public static final String DESK = "WEB";

    private static final Metadata ACCEPTED = metadata(
            "edoc.packets.accepted",
            "Packets accepted (documents and status packets), by the protocol they came in",
            MetricUnits.NONE);
    private static final Metadata REFUSED =
            metadata("edoc.packets.refused", "Packets refused, by protocol and error code", MetricUnits.NONE);
    private static final Metadata ACCEPTANCE_TIME = metadata(
            "edoc.acceptance",
            "Time from a packet received to its signed acceptance, by protocol",
            MetricUnits.SECONDS);
    private static final Metadata RECEIPTS = metadata(
            "edoc.receipts.signed", "Receipts the axis signed, by kind (ACCEPTED, DELIVERED)", MetricUnits.NONE);
    private static final Metadata PUSH_ATTEMPTS = metadata(
            "edoc.push.attempts", "Attempts to push a copy to its recipient's endpoint, by outcome", MetricUnits.NONE);
    private static final Metadata LOGIN_FAILURES =
            metadata("edoc.login.failures", "Failed log-ins of the web UI and the operators' API", MetricUnits.NONE);

    @Inject
    MetricRegistry registry;

    static Metadata metadata(String name, String description, String unit) {
        return Metadata.builder()
                .withName(name)
                .withDescription(description)
                .withUnit(unit)
                .build();
    }

    /**
     * Registers every counter and time whose labels are known in advance at zero, so that a dashboard shows 0 from the
     * start instead of no series (the refusals' codes appear as they happen).
     */
    void registerKnown() {
        for (String protocol : List.of(SOAP, VXP, DESK)) {
            Tag by = new Tag("protocol", protocol);
            registry.counter(ACCEPTED, by);
            registry.timer(ACCEPTANCE_TIME, by);
        }
        List.of("ACCEPTED", "DELIVERED").forEach(kind -> registry.counter(RECEIPTS, new Tag("kind", kind)));
        List.of("delivered", "forwarded", "failed", "dead_letter")
                .forEach(outcome -> registry.counter(PUSH_ATTEMPTS, new Tag("outcome", outcome)));
        registry.counter(LOGIN_FAILURES);
    }

    /**
     * Runs the acceptance of a packet that came in through {@code protocol} and counts it: accepted, with the time it
     * took, or refused, with the refusal's code ({@code INTERNAL_ERROR} for an unexpected failure). The failure is
     * thrown on unchanged.
     */
    public <T> T acceptance(String protocol, Supplier<T> accept) {
        long start = System.nanoTime();
        try {
            T accepted = accept.get();
            Tag by = new Tag("protocol", protocol);
            registry.counter(ACCEPTED, by).inc();
            registry.timer(ACCEPTANCE_TIME, by).update(Duration.ofNanos(System.nanoTime() - start));
            return accepted;
        } catch (RuntimeException failure) {
            EdocException refusal = EdocException.in(failure);
            refused(protocol, refusal == null ? ErrorCode.INTERNAL_ERROR : refusal.code());
            throw failure;
        }
    }

    /** A packet refused before an acceptance could begin (its body too large, its hash wrong). */
    public void refused(String protocol, ErrorCode code) {
        registry.counter(REFUSED, new Tag("protocol", protocol), new Tag("code", code.name()))
                .inc();
    }

    public void receiptSigned(String kind) {
        registry.counter(RECEIPTS, new Tag("kind", kind)).inc();
    }

    /** @param outcome {@code delivered}, {@code forwarded}, {@code failed} or {@code dead_letter} */
    public void pushAttempt(String outcome) {
        registry.counter(PUSH_ATTEMPTS, new Tag("outcome", outcome)).inc();
    }

    public void loginFailed() {
        registry.counter(LOGIN_FAILURES).inc();
    }
}
