package vn.edoc.benchmarks;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.HdrHistogram.Histogram;
import org.h2.jdbcx.JdbcDataSource;
import vn.edoc.directory.DirectoryCsv;
import vn.edoc.directory.OfficeRecord;
import vn.edoc.directory.OfficeState;
import vn.edoc.directory.Reception;
import vn.edoc.directory.control.DirectoryImport;
import vn.edoc.directory.control.ImportSummary;
import vn.edoc.directory.control.OfficeStore;
import vn.edoc.platform.SchemaMigration;

/**
 * The directory at national scale: imports 111,000 synthetic offices (the size of the national axis's directory) in one
 * transaction through the same code as an operator's file, then looks offices up by code. Prints the import's time and
 * heap, and the lookups' p50/p99/max, on H2 (a file, as the run command uses) and on MariaDB.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar vn.edoc.benchmarks.DirectoryBenchmark [h2] [mariadb]</pre>
 *
 * MariaDB: {@code -Dedoc.bench.mariadb.url=jdbc:mysql://127.0.0.1:3306/} (root without password by default); the
 * database {@code edoc_bench} is dropped and created.
 */
public final class DirectoryBenchmark {
    private static final int OFFICES = Integer.getInteger("edoc.bench.offices", 111_000);
    private static final int LOOKUPS = Integer.getInteger("edoc.bench.lookups", 100_000);
    private static final String MARIADB_URL =
            System.getProperty("edoc.bench.mariadb.url", "jdbc:mysql://127.0.0.1:3306/");

    private DirectoryBenchmark() {}

    public static void main(String[] args) throws Exception {
        List<String> databases = args.length == 0 ? List.of("h2", "mariadb") : List.of(args);
        List<OfficeRecord> offices = syntheticDirectory(OFFICES);
        List<String> codes = offices.stream().map(OfficeRecord::code).toList();
        java.io.StringWriter out = new java.io.StringWriter();
        DirectoryCsv.write(out, offices);
        String csv = out.toString();
        System.out.printf(Locale.ROOT, "directory file: %d offices, %.1f MB%n", OFFICES, csv.length() / 1e6);
        System.out.printf(
                Locale.ROOT,
                "%-8s %10s %10s %14s %12s %12s %12s %12s%n",
                "database",
                "offices",
                "import s",
                "heap peak MB",
                "lookups",
                "p50 µs",
                "p99 µs",
                "max µs");
        for (String database : databases) {
            run(database, csv, codes);
        }
    }

    private static void run(String database, String csv, List<String> codes) throws Exception {
        DataSource dataSource = database.equals("h2") ? h2() : mariaDb();
        SchemaMigration.configure(dataSource, false).migrate();
        System.gc();
        resetPeaks();
        long start = System.nanoTime();
        ImportSummary summary;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            // the parse is part of the import: the operator's file arrives as text
            summary = new DirectoryImport(new OfficeStore(connection)).apply(DirectoryCsv.read(csv), Instant.now());
            connection.commit();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long heapPeak = heapPeakBytes();
        Histogram lookups = lookups(dataSource, codes);
        System.out.printf(
                Locale.ROOT,
                "%-8s %10d %10.1f %14.0f %12d %12.0f %12.0f %12.0f%n",
                database,
                summary.created(),
                seconds,
                heapPeak / 1e6,
                lookups.getTotalCount(),
                lookups.getValueAtPercentile(50) / 1e3,
                lookups.getValueAtPercentile(99) / 1e3,
                lookups.getMaxValue() / 1e3);
    }

    /** Random codes looked up one by one on one connection, as the axis does for each recipient. */
    private static Histogram lookups(DataSource dataSource, List<String> codes) throws SQLException {
        Histogram histogram = new Histogram(3_600_000_000L, 3);
        SplittableRandom random = new SplittableRandom(42);
        try (Connection connection = dataSource.getConnection()) {
            OfficeStore store = new OfficeStore(connection);
            for (int i = 0; i < LOOKUPS / 10; i++) { // warm-up, not recorded
                store.find(codes.get(random.nextInt(codes.size())));
            }
            for (int i = 0; i < LOOKUPS; i++) {
                String code = codes.get(random.nextInt(codes.size()));
                long start = System.nanoTime();
                if (store.find(code).isEmpty()) {
                    throw new IllegalStateException("lost " + code);
                }
                histogram.recordValue(System.nanoTime() - start);
            }
        }
        return histogram;
    }

    /**
     * A national-looking directory: level-1 units (63 provinces H01-H63, 40 ministries G01-G40), each with 30
     * level-2 units, each of those with up to 40 level-3 units, until {@code count} offices.
     */
    static List<OfficeRecord> syntheticDirectory(int count) {
        List<OfficeRecord> offices = new ArrayList<>(count);
        List<String> roots = new ArrayList<>();
        for (int i = 1; i <= 63; i++) {
            roots.add(String.format(Locale.ROOT, "H%02d", i));
        }
        for (int i = 1; i <= 40; i++) {
            roots.add(String.format(Locale.ROOT, "G%02d", i));
        }
        int perRoot = (count + roots.size() - 1) / roots.size();
        for (String root : roots) {
            String rootCode = "000.00.00." + root;
            add(offices, count, rootCode, null, "Cơ quan " + root, "PROVINCE");
            int made = 1;
            for (int y = 1; y <= 99 && made < perRoot; y++) {
                String parent = String.format(Locale.ROOT, "000.00.%02d.%s", y, root);
                add(offices, count, parent, rootCode, "Đơn vị cấp 2 số " + y + " " + root, "DEPARTMENT");
                made++;
                for (int z = 1; z <= 40 && made < perRoot; z++) {
                    String code = String.format(Locale.ROOT, "000.%02d.%02d.%s", z, y, root);
                    add(offices, count, code, parent, "Đơn vị cấp 3 số " + z + "." + y + " " + root, "COMMUNE");
                    made++;
                }
            }
        }
        return offices;
    }

    private static void add(
            List<OfficeRecord> offices, int count, String code, String parent, String name, String level) {
        if (offices.size() >= count) {
            return;
        }
        offices.add(new OfficeRecord(
                code,
                null,
                name,
                "Cơ quan",
                level,
                parent,
                new OfficeRecord.Contact(null, "Địa chỉ của " + name, "vanthu@" + code + ".example", null, null, null),
                OfficeState.ACTIVE,
                null,
                null,
                List.of(),
                Reception.PULL,
                null,
                true));
    }

    private static DataSource h2() throws java.io.IOException {
        JdbcDataSource h2 = new JdbcDataSource();
        java.nio.file.Path folder = java.nio.file.Files.createTempDirectory("edoc-bench-h2");
        folder.toFile().deleteOnExit();
        h2.setURL("jdbc:h2:" + folder.resolve("edoc") + ";DB_CLOSE_ON_EXIT=FALSE");
        return h2;
    }

    private static DataSource mariaDb() throws SQLException {
        MysqlDataSource server = new MysqlDataSource();
        server.setURL(MARIADB_URL);
        server.setUser(System.getProperty("edoc.bench.mariadb.user", "root"));
        server.setPassword(System.getProperty("edoc.bench.mariadb.password", ""));
        try (Connection c = server.getConnection();
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS edoc_bench");
            s.execute("CREATE DATABASE edoc_bench CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        MysqlDataSource database = new MysqlDataSource();
        database.setURL(MARIADB_URL + "edoc_bench");
        database.setUser(server.getUser());
        database.setPassword(System.getProperty("edoc.bench.mariadb.password", ""));
        database.setRewriteBatchedStatements(true);
        return database;
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of the heap pools' peaks since the reset: an upper bound of the live heap during the import. */
    private static long heapPeakBytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed())
                .sum();
    }
}
