package vn.edoc.directory.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static vn.edoc.platform.TestDatabases.count;

import java.io.IOException;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.edoc.directory.DirectoryCsv;
import vn.edoc.directory.OfficeRecord;
import vn.edoc.directory.OfficeState;
import vn.edoc.error.EdocException;
import vn.edoc.error.ErrorCode;
import vn.edoc.error.Problem;
import vn.edoc.platform.SchemaMigration;
import vn.edoc.platform.TestDatabases;
import vn.edoc.platform.sample.V4_1__Gia_Lai_sample_directory;

/** Imports on H2 and on MariaDB: the sample directory, its 2025 reform, a round trip, a refused file. */
class DirectoryImportTest {
    private static final String DATABASE = "edoc_unit_directory";
    private static final Instant REFORM_DAY = Instant.parse("2025-07-01T00:00:00Z");

    private TestDatabases.Kind kind;

    @AfterEach
    void drop() throws SQLException {
        TestDatabases.drop(kind, DATABASE);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void theReformDissolvesMergesAndMovesWhileKeepingHistory(TestDatabases.Kind kind) throws Exception {
        DataSource db = sampleDirectory(kind);

        ImportSummary summary = apply(db, V4_1__Gia_Lai_sample_directory.read(V4_1__Gia_Lai_sample_directory.REFORM));

        assertThat(summary.created()).isEqualTo(9); // 2 departments, 7 communes of the Pleiku area
        assertThat(summary.unchanged()).isZero();
        assertThat(count(db, "SELECT COUNT(*) FROM office WHERE level_name = 'DISTRICT' AND state = 'ACTIVE'"))
                .isZero();
        assertThat(count(db, "SELECT COUNT(*) FROM office WHERE level_name = 'COMMUNE' AND state = 'ACTIVE'"))
                .isEqualTo(218 - 25 + 7);
        assertThat(count(db, "SELECT COUNT(*) FROM office WHERE state = 'ACTIVE' AND parent_code <> '000.00.00.H21'"))
                .as("after 1 July 2025 every active office is directly under the province")
                .isZero();
        try (Connection c = db.getConnection()) {
            OfficeStore store = new OfficeStore(c);
            OfficeRecord yenDo = store.find("000.04.41.H21").orElseThrow();
            assertThat(yenDo.name()).isEqualTo("UBND phường Yên Đỗ");
            assertThat(yenDo.state()).isEqualTo(OfficeState.DISSOLVED);
            assertThat(yenDo.successors()).containsExactly("000.03.60.H21");
            assertThat(store.find("000.03.60.H21").orElseThrow().name()).isEqualTo("UBND phường Diên Hồng");
            assertThat(store.history("000.04.41.H21"))
                    .extracting(OfficeChange::kind, OfficeChange::revision)
                    .containsExactly(
                            tuple(OfficeChange.Kind.CREATED, 1L),
                            tuple(OfficeChange.Kind.DISSOLVED, 2L),
                            tuple(OfficeChange.Kind.UPDATED, 2L));
            assertThat(store.history("000.01.44.H21"))
                    .extracting(OfficeChange::kind, OfficeChange::detail)
                    .contains(tuple(OfficeChange.Kind.MOVED, "000.00.44.H21 → 000.00.00.H21"));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void synchronisationReturnsExactlyWhatAnImportChanged(TestDatabases.Kind kind) throws Exception {
        DataSource db = sampleDirectory(kind);
        String renamed = "code,name,kind,level,parent_code\n"
                + "000.00.02.H21,Sở Nội vụ tỉnh Gia Lai (mới),Sở,DEPARTMENT,000.00.00.H21\n"
                + "000.00.03.H21,Sở Tài chính tỉnh Gia Lai,Sở,DEPARTMENT,000.00.00.H21\n"; // unchanged

        apply(db, DirectoryCsv.read(renamed));

        try (Connection c = db.getConnection()) {
            OfficeStore store = new OfficeStore(c);
            assertThat(store.currentRevision()).isEqualTo(2);
            assertThat(store.changedAfter(1)).extracting(OfficeRecord::code).containsExactly("000.00.02.H21");
            assertThat(store.changedAfter(2)).isEmpty();
            assertThat(store.changedAfter(0)).hasSize(256);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void anExportImportsIntoAnEmptyDirectoryAsTheSameOffices(TestDatabases.Kind kind) throws Exception {
        DataSource db = sampleDirectory(kind);
        apply(db, V4_1__Gia_Lai_sample_directory.read(V4_1__Gia_Lai_sample_directory.REFORM));
        Map<String, OfficeRecord> before = loadAll(db);
        String exported = export(before);
        TestDatabases.drop(kind, DATABASE);
        DataSource empty = migrated(kind, false);

        ImportSummary summary = apply(empty, DirectoryCsv.read(exported));

        assertThat(summary.created()).isEqualTo(before.size());
        assertThat(loadAll(empty)).isEqualTo(before);
        assertThat(export(loadAll(empty))).isEqualTo(exported);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aBadFileIsRefusedWholeWithEveryBadLine(TestDatabases.Kind kind) throws Exception {
        DataSource db = sampleDirectory(kind);
        String file = "code,name,kind,level,parent_code,state,successors\n"
                + "000.01.60.H21,UBND phường Pleiku,UBND phường,COMMUNE,000.00.00.H21,,\n" // good
                + "000.02.60.H21,UBND phường Thống Nhất,UBND phường,COMMUNE,000.00.99.H21,,\n" // unknown parent
                + "000.00.41.H21,UBND thành phố Pleiku,UBND thành phố,DISTRICT,000.00.00.H21,DISSOLVED,\n"
                + "000.00.06.H21,Sở Kế hoạch và Đầu tư tỉnh Gia Lai,Sở,DEPARTMENT,000.00.00.H21,ACTIVE,"
                + "000.00.03.H21\n"
                + "000.0.3.H21,UBND xã Gào,UBND xã,COMMUNE,000.00.00.H21,,\n"; // not a code
        long offices = count(db, "SELECT COUNT(*) FROM office");

        assertThatThrownBy(() -> apply(db, DirectoryCsv.read(file))).isInstanceOfSatisfying(EdocException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.DIRECTORY_FILE_INVALID);
            assertThat(e.problems())
                    .extracting(Problem::line, Problem::code)
                    .contains(
                            tuple(3, ErrorCode.PARENT_UNKNOWN),
                            tuple(4, ErrorCode.PARENT_NOT_ACTIVE), // Pleiku's communes are still active
                            tuple(5, ErrorCode.SUCCESSOR_NOT_DISSOLVED),
                            tuple(6, ErrorCode.OFFICE_CODE_INVALID));
            assertThat(e.problems()).noneMatch(p -> p.line() == 2);
        });
        assertThat(count(db, "SELECT COUNT(*) FROM office")).isEqualTo(offices);
        // the sample import created 241 offices and updated the 15 of the first sample (their kind)
        assertThat(count(db, "SELECT COUNT(*) FROM office_change")).isEqualTo(offices);
        assertThat(count(db, "SELECT revision FROM directory_revision")).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void anImportThatWouldGrowTheDirectoryPastItsLimitChangesNothing(TestDatabases.Kind kind) throws Exception {
        DataSource db = sampleDirectory(kind);
        int before = (int) count(db, "SELECT COUNT(*) FROM office");
        DirectoryCsv.Parsed reform = V4_1__Gia_Lai_sample_directory.read(V4_1__Gia_Lai_sample_directory.REFORM);

        assertThatThrownBy(() -> {
                    try (Connection c = db.getConnection()) {
                        c.setAutoCommit(false);
                        try {
                            new DirectoryImport(new OfficeStore(c), before + 8).apply(reform, REFORM_DAY);
                        } finally {
                            c.rollback();
                        }
                    }
                })
                .isInstanceOfSatisfying(
                        EdocException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.DIRECTORY_FULL));
        assertThat(count(db, "SELECT COUNT(*) FROM office")).isEqualTo(before);

        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            assertThat(new DirectoryImport(new OfficeStore(c), before + 9)
                            .apply(reform, REFORM_DAY)
                            .created())
                    .as("exactly at the limit")
                    .isEqualTo(9);
            c.rollback();
        }
    }

    private DataSource sampleDirectory(TestDatabases.Kind kind) throws SQLException {
        return migrated(kind, true);
    }

    private DataSource migrated(TestDatabases.Kind kind, boolean sample) throws SQLException {
        this.kind = kind;
        DataSource db = TestDatabases.fresh(kind, DATABASE);
        SchemaMigration.configure(db, sample).migrate();
        return db;
    }

    /** One import in its own transaction, rolled back when refused, as the server does. */
    static ImportSummary apply(DataSource db, DirectoryCsv.Parsed file) throws SQLException {
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try {
                ImportSummary summary = new DirectoryImport(new OfficeStore(c)).apply(file, REFORM_DAY);
                c.commit();
                return summary;
            } catch (RuntimeException | SQLException e) {
                c.rollback();
                throw e;
            }
        }
    }

    private static Map<String, OfficeRecord> loadAll(DataSource db) throws SQLException {
        try (Connection c = db.getConnection()) {
            return new OfficeStore(c).loadAll();
        }
    }

    private static String export(Map<String, OfficeRecord> offices) throws IOException {
        StringWriter out = new StringWriter();
        List<OfficeRecord> sorted = offices.values().stream()
                .sorted(Comparator.comparing(OfficeRecord::code))
                .toList();
        DirectoryCsv.write(out, sorted);
        return out.toString();
    }
}
