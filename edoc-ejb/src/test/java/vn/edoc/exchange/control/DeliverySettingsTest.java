package vn.edoc.exchange.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The delivery settings refuse, naming the key, a value that is wrong alone or with the others. */
class DeliverySettingsTest {
    @Test
    void theDefaultsAreAccepted() {
        DeliverySettings settings = DeliverySettings.of(300, 120, 30, 8, 10, "PT30S", "PT2H", 0.5);

        assertThat(settings.pushLease()).isEqualTo(Duration.ofMinutes(2));
        assertThat(settings.schedule().attempts()).isEqualTo(10);
    }

    @Test
    void aPushLeaseNoLongerThanThePushTimeOutIsRefused() {
        assertThatThrownBy(() -> DeliverySettings.of(300, 30, 30, 8, 10, "PT30S", "PT2H", 0.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(
                        "edoc.push.lease-seconds (30) must be longer than edoc.push.timeout-seconds (30)");
    }

    @Test
    void aDurationThatIsNotOneIsRefusedByItsKey() {
        assertThatThrownBy(() -> DeliverySettings.of(300, 120, 30, 8, 10, "30 seconds", "PT2H", 0.5))
                .hasMessageContaining("edoc.push.first-delay is an ISO-8601 duration");
    }

    @Test
    void anInconsistentScheduleIsRefused() {
        assertThatThrownBy(() -> DeliverySettings.of(300, 120, 30, 8, 10, "PT3H", "PT2H", 0.5))
                .hasMessageContaining("edoc.push.* (the retry schedule)")
                .hasMessageContaining("first delay <= max delay");
        assertThatThrownBy(() -> DeliverySettings.of(300, 120, 30, 8, 0, "PT30S", "PT2H", 0.5))
                .hasMessageContaining("at least once");
    }

    @Test
    void noLeaseOrParallelismOfZero() {
        assertThatThrownBy(() -> DeliverySettings.of(0, 120, 30, 8, 10, "PT30S", "PT2H", 0.5))
                .hasMessageContaining("edoc.pull.lease-seconds must be positive");
        assertThatThrownBy(() -> DeliverySettings.of(300, 120, 30, 0, 10, "PT30S", "PT2H", 0.5))
                .hasMessageContaining("edoc.push.parallel must be at least 1");
    }
}
