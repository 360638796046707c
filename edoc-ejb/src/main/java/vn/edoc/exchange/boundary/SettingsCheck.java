package vn.edoc.exchange.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import vn.edoc.exchange.control.DeliverySettings;

/**
 * Reads the settings at start-up: a wrong or inconsistent value (a push lease no longer than the push time-out, a
 * duration that is not one) fails the deployment with the message that names the key, rather than the first push.
 */
@Singleton
@Startup
public class SettingsCheck {
    private static final Logger LOG = Logger.getLogger(SettingsCheck.class.getName());

    @Inject
    DeliverySettings delivery;

    @PostConstruct
    void check() {
        LOG.info(() -> "edoc delivery settings: " + delivery);
    }
}
