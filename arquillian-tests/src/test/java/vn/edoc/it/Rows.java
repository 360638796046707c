package vn.edoc.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Counts rows in the server's own database, to prove what a refused request did not write. */
final class Rows {
    private static final List<String> EXCHANGE_TABLES = List.of(
            "packet",
            "packet_chunk",
            "packet_verification",
            "packet_warning",
            "pdf_signature",
            "delivery",
            "delivery_event",
            "delivery_status",
            "receipt",
            "push_attempt");
    /** An action is recorded in audit_pending, then moved into audit_entry by the chainer at any moment. */
    private static final String AUDIT =
            "SELECT (SELECT COUNT(*) FROM audit_entry) + (SELECT COUNT(*) FROM audit_pending)";

    private Rows() {}

    /** The row count of every exchange table. */
    static Map<String, Long> ofExchange() {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            for (String table : EXCHANGE_TABLES) {
                counts.put(table, count(statement, "SELECT COUNT(*) FROM " + table));
            }
            counts.put("audit", count(statement, AUDIT));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot count rows in " + System.getProperty("edoc.it.jdbc.url"), e);
        }
        return counts;
    }

    private static long count(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Runs an update on the server's database behind its back, as someone tampering with it would. */
    static int update(String sql, Object... values) {
        try (Connection connection = connect();
                java.sql.PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** The first column of the first row, as text ({@code null} when there is no row). */
    static String text(String sql, Object... values) {
        return firstRow(sql, values, rows -> rows.next() ? rows.getString(1) : null);
    }

    /** The single number a query answers (a count), with its parameters. */
    static long number(String sql, Object... values) {
        return firstRow(sql, values, rows -> {
            rows.next();
            return rows.getLong(1);
        });
    }

    private interface RowReader<T> {
        T read(ResultSet rows) throws SQLException;
    }

    private static <T> T firstRow(String sql, Object[] values, RowReader<T> reader) {
        try (Connection connection = connect();
                java.sql.PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                return reader.read(rows);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(
                System.getProperty("edoc.it.jdbc.url"),
                System.getProperty("edoc.it.jdbc.user"),
                System.getProperty("edoc.it.jdbc.password", ""));
    }
}
