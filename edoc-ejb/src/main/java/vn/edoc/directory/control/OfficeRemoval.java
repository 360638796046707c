package vn.edoc.directory.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Removes an office that nothing refers to, and remembers the removal for synchronisation (table removed_office). A
 * directory flooded with wrong offices can be cleaned this way; an office that documents, users, systems or other
 * offices refer to keeps its row (its documents must stay readable) and is dissolved instead.
 */
public final class OfficeRemoval {
    /**
     * What may refer to an office, each with the words that name it in the refusal and how many times its query takes
     * the code (written beside it rather than asked of the driver's parameter metadata, which drivers give unevenly).
     */
    private record Reference(String query, String words, int codes) {}

    private static final List<Reference> REFERENCES = List.of(
            new Reference("SELECT COUNT(*) FROM office WHERE parent_code = ?", "offices under it", 1),
            new Reference("SELECT COUNT(*) FROM office_successor WHERE successor_code = ?", "offices it succeeds", 1),
            new Reference("SELECT COUNT(*) FROM packet WHERE sender_code = ?", "packets it sent", 1),
            new Reference("SELECT COUNT(*) FROM delivery WHERE recipient_code = ?", "copies sent to it", 1),
            new Reference("SELECT COUNT(*) FROM desk_user WHERE office_code = ?", "desk users", 1),
            new Reference("SELECT COUNT(*) FROM draft WHERE office_code = ?", "drafts", 1),
            new Reference(
                    "SELECT COUNT(*) FROM connected_system_scope WHERE scope = ? OR scope = CONCAT(?, '/**')",
                    "connected systems' scopes",
                    2));

    private final Connection connection;

    public OfficeRemoval(Connection connection) {
        this.connection = connection;
    }

    /** What refers to the office, as "3 packets it sent"; empty when it may be removed. */
    public List<String> references(String code) throws SQLException {
        List<String> found = new ArrayList<>();
        for (Reference reference : REFERENCES) {
            try (PreparedStatement count = connection.prepareStatement(reference.query())) {
                for (int i = 1; i <= reference.codes(); i++) {
                    count.setString(i, code);
                }
                try (ResultSet rows = count.executeQuery()) {
                    rows.next();
                    long n = rows.getLong(1);
                    if (n > 0) {
                        found.add(n + " " + reference.words());
                    }
                }
            }
        }
        return found;
    }

    /** Deletes the office, its history and its own successor list, and records the removal at {@code revision}. */
    public void remove(String code, long revision, Instant now) throws SQLException {
        for (String delete : List.of(
                "DELETE FROM office_change WHERE office_code = ?",
                "DELETE FROM office_successor WHERE office_code = ?",
                "DELETE FROM office WHERE code = ?",
                "DELETE FROM removed_office WHERE code = ?")) {
            try (PreparedStatement statement = connection.prepareStatement(delete)) {
                statement.setString(1, code);
                statement.executeUpdate();
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO removed_office (code, revision, removed_at) VALUES (?, ?, ?)")) {
            insert.setString(1, code);
            insert.setLong(2, revision);
            insert.setObject(3, now.atOffset(ZoneOffset.UTC).toLocalDateTime());
            insert.executeUpdate();
        }
    }

    /** Offices created again under a removed code are no longer removed. */
    public void forget(Collection<String> codes) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM removed_office WHERE code = ?")) {
            for (String code : codes) {
                delete.setString(1, code);
                delete.addBatch();
            }
            delete.executeBatch();
        }
    }

    /** A page of the codes removed in the walk's span after its last code, by code; at most one more than the limit. */
    public List<String> removedPage(DirectoryCursor walk, int limit) throws SQLException {
        List<String> codes = new ArrayList<>();
        String changed = walk.since() == null ? "revision > ?" : "removed_at > ?";
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT code FROM removed_office WHERE " + changed + " AND revision <= ? AND code > ? ORDER BY code")) {
            select.setObject(
                    1,
                    walk.since() == null
                            ? (Object) walk.afterRevision()
                            : walk.since().atOffset(ZoneOffset.UTC).toLocalDateTime());
            select.setLong(2, walk.walkRevision());
            select.setString(3, walk.lastCode());
            select.setMaxRows(limit + 1);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    codes.add(rows.getString(1));
                }
            }
        }
        return codes;
    }
}
