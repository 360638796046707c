package vn.edoc.exchange.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.edoc.exchange.control.DeliverySettings;

/**
 * Reads the delivery settings from MP Config once, for every bean that hands copies out (the exchange, the mailbox,
 * the push queue and its workers); {@link SettingsCheck} asks for them at start-up, so that a wrong value stops the
 * start.
 */
@ApplicationScoped
public class DeliverySettingsProducer {
    @Inject
    @ConfigProperty(name = "edoc.pull.lease-seconds", defaultValue = "300")
    long pullLeaseSeconds;

    @Inject
    @ConfigProperty(name = "edoc.push.lease-seconds", defaultValue = "120")
    long pushLeaseSeconds;

    @Inject
    @ConfigProperty(name = "edoc.push.timeout-seconds", defaultValue = "30")
    long pushTimeoutSeconds;

    @Inject
    @ConfigProperty(name = "edoc.push.parallel", defaultValue = "8")
    int parallel;

    @Inject
    @ConfigProperty(name = "edoc.push.attempts", defaultValue = "10")
    int attempts;

    @Inject
    @ConfigProperty(name = "edoc.push.first-delay", defaultValue = "PT30S")
    String firstDelay;

    @Inject
    @ConfigProperty(name = "edoc.push.max-delay", defaultValue = "PT2H")
    String maxDelay;

    @Inject
    @ConfigProperty(name = "edoc.push.jitter", defaultValue = "0.5")
    double jitter;

    @Produces
    @Singleton
    DeliverySettings settings() {
        return DeliverySettings.of(
                pullLeaseSeconds,
                pushLeaseSeconds,
                pushTimeoutSeconds,
                parallel,
                attempts,
                firstDelay,
                maxDelay,
                jitter);
    }
}
