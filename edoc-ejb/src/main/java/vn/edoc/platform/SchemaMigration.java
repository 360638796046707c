package vn.edoc.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.core.api.output.MigrateResult;
import vn.edoc.platform.sample.V4_1__Gia_Lai_sample_directory;

/**
 * Brings the database schema up to date when the application starts, before any request is served. The migrations own
 * the schema: JPA never generates it.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // Flyway commits each migration itself
public class SchemaMigration {
    /** The data source of edoc, created by the domain set-up ({@code bin/edoc}). */
    public static final String DATA_SOURCE = "jdbc/edoc";

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = DATA_SOURCE)
    private DataSource dataSource;

    /** Loads the sample directory too (the run command turns it on; production leaves it off). */
    @Inject
    @ConfigProperty(name = "edoc.sample-data", defaultValue = "false")
    private boolean sampleData;

    @PostConstruct
    void migrate() {
        MigrateResult result = configure(dataSource, sampleData).migrate();
        LOG.info(() -> "edoc schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied, sample data " + (sampleData ? "on" : "off") + ")");
    }

    /** The Flyway set-up the server uses; tests migrate plain databases with it. */
    public static Flyway configure(DataSource dataSource, boolean sampleData) {
        List<String> locations = new ArrayList<>(List.of("classpath:db/migration"));
        List<JavaMigration> javaMigrations = new ArrayList<>();
        if (sampleData) {
            locations.add("classpath:db/sample");
            // named here rather than found by a class-path scan, which an application server's class loaders defeat
            javaMigrations.add(new V4_1__Gia_Lai_sample_directory());
        }
        return Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locations.toArray(String[]::new))
                .javaMigrations(javaMigrations.toArray(JavaMigration[]::new))
                // the sample data may be turned off later: its applied versions are then no longer on the class path
                .ignoreMigrationPatterns("*:missing")
                .load();
    }
}
