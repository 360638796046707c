package vn.edoc.platform;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Whether edoc's database answers; the readiness check of the web module reports it. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseStatus {
    private static final int TIMEOUT_SECONDS = 2;

    @Resource(lookup = SchemaMigration.DATA_SOURCE)
    private DataSource dataSource;

    /** The outcome of one probe of the database. */
    public record Probe(boolean up, String detail) {}

    /** Opens a connection and asks the driver whether it is valid. */
    public Probe probe() {
        try (Connection connection = dataSource.getConnection()) {
            boolean valid = connection.isValid(TIMEOUT_SECONDS);
            return new Probe(valid, connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            return new Probe(false, String.valueOf(e.getMessage()));
        }
    }
}
