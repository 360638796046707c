package vn.edoc.directory.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.edoc.directory.OfficeRecord;
import vn.edoc.directory.OfficeState;
import vn.edoc.directory.Reception;

/** The directory's tables through JDBC, batched: what an import of a whole country's offices needs. */
public final class OfficeStore {
    private static final int BATCH = 1_000;
    private static final String COLUMNS = "code, second_code, name, kind, level_name, parent_code,"
            + " organization_in_charge, address, email, telephone, fax, website, state, valid_from, valid_to, receives,"
            + " push_endpoint, sample";

    private final Connection connection;

    public OfficeStore(Connection connection) {
        this.connection = connection;
    }

    /** Every office, by code, with its successors. */
    public Map<String, OfficeRecord> loadAll() throws SQLException {
        Map<String, List<String>> successors = successors();
        Map<String, OfficeRecord> offices = new HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT " + COLUMNS + " FROM office")) {
            while (rows.next()) {
                OfficeRecord office = office(rows, successors);
                offices.put(office.code(), office);
            }
        }
        return offices;
    }

    /** The office with this code, whatever its state. */
    public Optional<OfficeRecord> find(String code) throws SQLException {
        try (PreparedStatement select =
                connection.prepareStatement("SELECT " + COLUMNS + " FROM office WHERE code = ?")) {
            select.setString(1, code);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(office(rows, Map.of(code, successorsOf(code))));
            }
        }
    }

    /** The offices changed after {@code revision}, by code. */
    public List<OfficeRecord> changedAfter(long revision) throws SQLException {
        return officesWhere("revision > ?", revision);
    }

    /**
     * One page of a walk through the directory by code: the offices changed after {@code walk}'s revision or time and
     * no later than the revision the walk started at, after its last code; at most {@code limit}, and one more to
     * tell whether the walk goes on.
     */
    public List<OfficeRecord> page(DirectoryCursor walk, int limit) throws SQLException {
        String changed = walk.since() == null ? "revision > ?" : "changed_at > ?";
        return select(changed + " AND revision <= ? AND code > ? ORDER BY code", limit + 1, select -> {
            select.setObject(1, walk.since() == null ? (Object) walk.afterRevision() : utc(walk.since()));
            select.setLong(2, walk.walkRevision());
            select.setString(3, walk.lastCode());
        });
    }

    /** The offices from the {@code offset}-th by code, at most {@code limit} (a page of a numbered list). */
    public List<OfficeRecord> slice(long offset, int limit) throws SQLException {
        return select("1 = 1 ORDER BY code LIMIT ? OFFSET ?", 0, select -> {
            select.setInt(1, limit);
            select.setLong(2, offset);
        });
    }

    private List<OfficeRecord> officesWhere(String condition, Object value) throws SQLException {
        return select(condition + " ORDER BY code", 0, select -> select.setObject(1, value));
    }

    /** The offices {@code where} (with its order) selects once {@code bind} set its values; at most maxRows (0: all). */
    private List<OfficeRecord> select(String where, int maxRows, Binding bind) throws SQLException {
        List<OfficeRecord> offices = new ArrayList<>();
        Map<String, List<String>> successors = successors();
        try (PreparedStatement select =
                connection.prepareStatement("SELECT " + COLUMNS + " FROM office WHERE " + where)) {
            bind.values(select);
            select.setMaxRows(maxRows);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    offices.add(office(rows, successors));
                }
            }
        }
        return offices;
    }

    @FunctionalInterface
    private interface Binding {
        void values(PreparedStatement statement) throws SQLException;
    }

    /** The names of the levels the directory knows. */
    public Set<String> levels() throws SQLException {
        Set<String> levels = new LinkedHashSet<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT name FROM office_level ORDER BY depth, name")) {
            while (rows.next()) {
                levels.add(rows.getString(1));
            }
        }
        return levels;
    }

    /** The current directory revision, without taking it. */
    public long currentRevision() throws SQLException {
        return singleLong("SELECT revision FROM directory_revision WHERE id = 1");
    }

    /** When the current revision was written, or {@code null} before any. */
    public Instant currentRevisionTime() throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT changed_at FROM directory_revision WHERE id = 1")) {
            rows.next();
            LocalDateTime at = rows.getObject(1, LocalDateTime.class);
            return at == null ? null : at.toInstant(ZoneOffset.UTC);
        }
    }

    /**
     * Locks the directory for this transaction and returns the revision it will write. Every writer takes this lock
     * first, so revisions are committed in order.
     */
    public long lockNextRevision() throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows =
                        statement.executeQuery("SELECT revision FROM directory_revision WHERE id = 1 FOR UPDATE")) {
            rows.next();
            return rows.getLong(1) + 1;
        }
    }

    /** Records that {@code revision} was written at {@code now}. */
    public void commitRevision(long revision, Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE directory_revision SET revision = ?, changed_at = ? WHERE id = 1")) {
            update.setLong(1, revision);
            update.setObject(2, utc(now));
            update.executeUpdate();
        }
    }

    /** Inserts offices (parents before their children). */
    public void insert(List<OfficeRecord> offices, long revision, Instant now) throws SQLException {
        String sql = "INSERT INTO office (" + COLUMNS + ", revision, changed_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            int pending = 0;
            for (OfficeRecord office : offices) {
                int next = bind(insert, office);
                insert.setLong(next, revision);
                insert.setObject(next + 1, utc(now));
                insert.addBatch();
                pending = flushWhenFull(insert, pending + 1);
            }
            flush(insert, pending);
        }
    }

    /** Replaces the fields of existing offices. */
    public void update(List<OfficeRecord> offices, long revision, Instant now) throws SQLException {
        String sql = "UPDATE office SET second_code = ?, name = ?, kind = ?, level_name = ?, parent_code = ?,"
                + " organization_in_charge = ?, address = ?, email = ?, telephone = ?, fax = ?, website = ?, state = ?,"
                + " valid_from = ?, valid_to = ?, receives = ?, push_endpoint = ?, sample = ?, revision = ?,"
                + " changed_at = ? WHERE code = ?";
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            int pending = 0;
            for (OfficeRecord office : offices) {
                int next = bindFields(update, office, 1);
                update.setLong(next, revision);
                update.setObject(next + 1, utc(now));
                update.setString(next + 2, office.code());
                update.addBatch();
                pending = flushWhenFull(update, pending + 1);
            }
            flush(update, pending);
        }
    }

    /**
     * Clears the second codes of these offices first, so that two offices may swap second codes in one import
     * without the unique key seeing a duplicate in between.
     */
    public void clearSecondCodes(Collection<OfficeRecord> offices) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE office SET second_code = NULL WHERE code = ? AND second_code IS NOT NULL")) {
            int pending = 0;
            for (OfficeRecord office : offices) {
                update.setString(1, office.code());
                update.addBatch();
                pending = flushWhenFull(update, pending + 1);
            }
            flush(update, pending);
        }
    }

    /** Replaces the successors of these offices with those they carry. */
    public void replaceSuccessors(Collection<OfficeRecord> offices) throws SQLException {
        try (PreparedStatement delete =
                        connection.prepareStatement("DELETE FROM office_successor WHERE office_code = ?");
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO office_successor (office_code, successor_code, position) VALUES (?, ?, ?)")) {
            int deletes = 0;
            int inserts = 0;
            for (OfficeRecord office : offices) {
                delete.setString(1, office.code());
                delete.addBatch();
                deletes = flushWhenFull(delete, deletes + 1);
            }
            flush(delete, deletes);
            for (OfficeRecord office : offices) {
                for (int i = 0; i < office.successors().size(); i++) {
                    insert.setString(1, office.code());
                    insert.setString(2, office.successors().get(i));
                    insert.setInt(3, i);
                    insert.addBatch();
                    inserts = flushWhenFull(insert, inserts + 1);
                }
            }
            flush(insert, inserts);
        }
    }

    /** Appends changes to the offices' history. */
    public void append(List<OfficeChange> changes, long revision, Instant now) throws SQLException {
        long id = maxChangeId();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO office_change"
                + " (id, office_code, revision, changed_at, change_kind, detail) VALUES (?, ?, ?, ?, ?, ?)")) {
            int pending = 0;
            for (OfficeChange change : changes) {
                insert.setLong(1, ++id);
                insert.setString(2, change.officeCode());
                insert.setLong(3, revision);
                insert.setObject(4, utc(now));
                insert.setString(5, change.kind().name());
                insert.setString(6, change.detail());
                insert.addBatch();
                pending = flushWhenFull(insert, pending + 1);
            }
            flush(insert, pending);
        }
    }

    /** The history of one office, oldest first. */
    public List<OfficeChange> history(String code) throws SQLException {
        List<OfficeChange> changes = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT change_kind, detail, revision, changed_at FROM office_change WHERE office_code = ? ORDER BY id")) {
            select.setString(1, code);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    changes.add(new OfficeChange(
                            code,
                            OfficeChange.Kind.valueOf(rows.getString(1)),
                            rows.getString(2),
                            rows.getLong(3),
                            rows.getObject(4, LocalDateTime.class).toInstant(ZoneOffset.UTC)));
                }
            }
        }
        return changes;
    }

    // Only writers holding the revision lock append, so the largest id is stable for the transaction.
    private long maxChangeId() throws SQLException {
        return singleLong("SELECT COALESCE(MAX(id), 0) FROM office_change");
    }

    private long singleLong(String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private Map<String, List<String>> successors() throws SQLException {
        Map<String, List<String>> successors = new HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT office_code, successor_code FROM office_successor ORDER BY office_code, position")) {
            while (rows.next()) {
                successors
                        .computeIfAbsent(rows.getString(1), k -> new ArrayList<>())
                        .add(rows.getString(2));
            }
        }
        return successors;
    }

    private List<String> successorsOf(String code) throws SQLException {
        List<String> successors = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT successor_code FROM office_successor WHERE office_code = ? ORDER BY position")) {
            select.setString(1, code);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    successors.add(rows.getString(1));
                }
            }
        }
        return successors;
    }

    private static OfficeRecord office(ResultSet rows, Map<String, List<String>> successors) throws SQLException {
        String code = rows.getString("code");
        return new OfficeRecord(
                code,
                rows.getString("second_code"),
                rows.getString("name"),
                rows.getString("kind"),
                rows.getString("level_name"),
                rows.getString("parent_code"),
                new OfficeRecord.Contact(
                        rows.getString("organization_in_charge"),
                        rows.getString("address"),
                        rows.getString("email"),
                        rows.getString("telephone"),
                        rows.getString("fax"),
                        rows.getString("website")),
                OfficeState.valueOf(rows.getString("state")),
                rows.getObject("valid_from", LocalDate.class),
                rows.getObject("valid_to", LocalDate.class),
                successors.getOrDefault(code, List.of()),
                Reception.valueOf(rows.getString("receives")),
                rows.getString("push_endpoint"),
                rows.getBoolean("sample"));
    }

    private static int bind(PreparedStatement statement, OfficeRecord office) throws SQLException {
        statement.setString(1, office.code());
        return bindFields(statement, office, 2);
    }

    private static int bindFields(PreparedStatement s, OfficeRecord o, int first) throws SQLException {
        int i = first;
        s.setString(i++, o.secondCode());
        s.setString(i++, o.name());
        s.setString(i++, o.kind());
        s.setString(i++, o.level());
        s.setString(i++, o.parentCode());
        s.setString(i++, o.contact().organizationInCharge());
        s.setString(i++, o.contact().address());
        s.setString(i++, o.contact().email());
        s.setString(i++, o.contact().telephone());
        s.setString(i++, o.contact().fax());
        s.setString(i++, o.contact().website());
        s.setString(i++, o.state().name());
        setDate(s, i++, o.validFrom());
        setDate(s, i++, o.validTo());
        s.setString(i++, o.reception().name());
        s.setString(i++, o.pushEndpoint());
        s.setBoolean(i++, o.sample());
        return i;
    }

    private static void setDate(PreparedStatement statement, int index, LocalDate date) throws SQLException {
        if (date == null) {
            statement.setNull(index, Types.DATE);
        } else {
            statement.setObject(index, date);
        }
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static int flushWhenFull(PreparedStatement statement, int pending) throws SQLException {
        if (pending < BATCH) {
            return pending;
        }
        statement.executeBatch();
        return 0;
    }

    private static void flush(PreparedStatement statement, int pending) throws SQLException {
        if (pending > 0) {
            statement.executeBatch();
        }
    }
}
