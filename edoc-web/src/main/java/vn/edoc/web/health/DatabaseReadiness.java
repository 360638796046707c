package vn.edoc.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import vn.edoc.platform.DatabaseStatus;

/** edoc is ready when its database answers ({@code /health/ready}). */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {
    @Inject
    private DatabaseStatus databaseStatus;

    @Override
    public HealthCheckResponse call() {
        DatabaseStatus.Probe probe = databaseStatus.probe();
        return HealthCheckResponse.named("database")
                .status(probe.up())
                .withData(probe.up() ? "product" : "error", probe.detail())
                .build();
    }
}
