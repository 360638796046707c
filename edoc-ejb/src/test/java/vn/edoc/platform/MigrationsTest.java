package vn.edoc.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** The same migrations build the schema on H2 (the embedded default) and on the real MariaDB. */
class MigrationsTest {
    private static final String MARIADB_URL =
            System.getProperty("edoc.test.mariadb.url", "jdbc:mysql://127.0.0.1:3306/");
    private static final String MARIADB_USER = System.getProperty("edoc.test.mariadb.user", "root");
    private static final String MARIADB_PASSWORD = System.getProperty("edoc.test.mariadb.password", "");

    @Test
    void migrateH2WithTheSampleDirectory() throws SQLException {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:migrations;DB_CLOSE_DELAY=-1");

        assertMigrated(h2);
    }

    @Test
    void migrateMariaDbWithTheSampleDirectory() throws SQLException {
        MysqlDataSource server = mariaDb(MARIADB_URL);
        String database = "edoc_unit_migrations";
        execute(server, "DROP DATABASE IF EXISTS " + database);
        execute(server, "CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        try {
            assertMigrated(mariaDb(MARIADB_URL + database));
        } finally {
            execute(server, "DROP DATABASE " + database);
        }
    }

    private static void assertMigrated(DataSource dataSource) throws SQLException {
        MigrateResult first = SchemaMigration.configure(dataSource, true).migrate();
        MigrateResult again = SchemaMigration.configure(dataSource, true).migrate();

        // V1 schema, V1_1 sample directory, V2 packet verification, V3 leader PINs
        assertThat(first.migrationsExecuted).isEqualTo(4);
        assertThat(again.migrationsExecuted).isZero();
        assertThat(count(dataSource, "SELECT COUNT(*) FROM office")).isEqualTo(15);
        assertThat(count(dataSource, "SELECT COUNT(*) FROM office WHERE name = 'UBND xã Nghĩa Hòa'"))
                .as("Vietnamese names survive the round trip")
                .isEqualTo(1);
        assertThat(count(dataSource, "SELECT COUNT(*) FROM id_generator")).isEqualTo(2);
        assertThat(count(dataSource, "SELECT COUNT(*) FROM packet_verification"))
                .isZero();
    }

    private static MysqlDataSource mariaDb(String url) {
        MysqlDataSource dataSource = new MysqlDataSource();
        dataSource.setURL(url);
        dataSource.setUser(MARIADB_USER);
        dataSource.setPassword(MARIADB_PASSWORD);
        return dataSource;
    }

    private static void execute(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static long count(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
