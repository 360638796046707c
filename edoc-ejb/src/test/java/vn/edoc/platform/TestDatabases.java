package vn.edoc.platform;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Empty databases for tests without a container: H2 in memory (the embedded default) and a fresh database on the real
 * MariaDB ({@code -Dedoc.test.mariadb.url}, {@code .user}, {@code .password}; root without password by default).
 */
public final class TestDatabases {
    private static final String MARIADB_URL =
            System.getProperty("edoc.test.mariadb.url", "jdbc:mysql://127.0.0.1:3306/");
    private static final String MARIADB_USER = System.getProperty("edoc.test.mariadb.user", "root");
    private static final String MARIADB_PASSWORD = System.getProperty("edoc.test.mariadb.password", "");

    private TestDatabases() {}

    /** The kinds of database edoc runs on. */
    public enum Kind {
        H2,
        MARIADB
    }

    /** An empty database of this kind named {@code name} (dropped and created again on MariaDB). */
    public static DataSource fresh(Kind kind, String name) throws SQLException {
        if (kind == Kind.H2) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
            execute(h2, "DROP ALL OBJECTS");
            return h2;
        }
        MysqlDataSource server = mariaDb(MARIADB_URL);
        execute(server, "DROP DATABASE IF EXISTS " + name);
        execute(server, "CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        MysqlDataSource database = mariaDb(MARIADB_URL + name);
        database.setRewriteBatchedStatements(true);
        return database;
    }

    /** Drops a MariaDB database made by {@link #fresh}; H2 in memory needs nothing. */
    public static void drop(Kind kind, String name) throws SQLException {
        if (kind == Kind.MARIADB) {
            execute(mariaDb(MARIADB_URL), "DROP DATABASE IF EXISTS " + name);
        }
    }

    public static void execute(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    public static long count(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static MysqlDataSource mariaDb(String url) {
        MysqlDataSource dataSource = new MysqlDataSource();
        dataSource.setURL(url);
        dataSource.setUser(MARIADB_USER);
        dataSource.setPassword(MARIADB_PASSWORD);
        return dataSource;
    }
}
