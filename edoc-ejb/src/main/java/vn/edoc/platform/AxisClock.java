package vn.edoc.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The axis's one clock: beans ask the injected {@link Clock} for the time ({@code Instant.now(clock)}) and never the
 * system directly, so that what "now" is can be set in one place: MP Config {@code edoc.clock.offset}, an ISO-8601
 * duration the clock runs ahead of the system's (or behind, negative; none by default), lets a test domain live at
 * another moment. UTC: Việt Nam's zone is {@code vn.edoc.time.Vietnam.ZONE}, applied where a date is shown or counted.
 */
@ApplicationScoped
public class AxisClock {
    @Inject
    @ConfigProperty(name = "edoc.clock.offset", defaultValue = "PT0S")
    String offset;

    @Produces
    Clock clock() {
        return Clock.offset(Clock.systemUTC(), Duration.parse(offset));
    }
}
