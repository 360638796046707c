package vn.edoc.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edoc.platform.TestDatabases.count;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The same migrations build the schema on H2 (the embedded default) and on the real MariaDB. */
class MigrationsTest {
    private static final String DATABASE = "edoc_unit_migrations";

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void migrateWithTheSampleDirectory(TestDatabases.Kind kind) throws SQLException {
        DataSource dataSource = TestDatabases.fresh(kind, DATABASE);
        try {
            MigrateResult first = SchemaMigration.configure(dataSource, true).migrate();
            MigrateResult again = SchemaMigration.configure(dataSource, true).migrate();

            // V1 schema, V1_1 sample offices, V2 packet verification, V3 leader PINs, V4 directory, V4_1 Gia Lai,
            // V5 status packets, V6 receipts, V7 audit log, V8 business changes, V9 retention, V10 push and leases, V11
            // document revisions, V12 connected systems, V13 packet chunks, V14 audit actions waiting to be chained,
            // V15 the web UI's desk (accounts, drafts) and the documents' facts, V16 federation (hops, forwarded as),
            // V17 the national protocol (protocols, sealed secrets, envelope policy, vouched by, directory requests),
            // V18 polling a peer of the national protocol (leases, back-off, refusals), V19 its times in milliseconds,
            // V20 wrong PINs per leader and asker, with locks that end, V21 failed log-ins per name and address, V22
            // used UsernameToken nonces, V23 removed offices, V24 packets' warnings and systems' packet reading,
            // V25 signatures inside PDF attachments
            assertThat(first.migrationsExecuted).isEqualTo(27);
            assertThat(again.migrationsExecuted).isZero();
            // the province, 20 departments, 17 district-level units, 218 communes
            assertThat(count(dataSource, "SELECT COUNT(*) FROM office")).isEqualTo(256);
            assertThat(count(dataSource, "SELECT COUNT(*) FROM office WHERE level_name = 'COMMUNE'"))
                    .isEqualTo(218);
            assertThat(count(dataSource, "SELECT COUNT(*) FROM office WHERE name = 'UBND xã Nghĩa Hòa'"))
                    .as("Vietnamese names survive the round trip")
                    .isEqualTo(1);
            assertThat(count(dataSource, "SELECT COUNT(*) FROM office WHERE state <> 'ACTIVE' OR NOT sample"))
                    .isZero();
            assertThat(count(dataSource, "SELECT revision FROM directory_revision"))
                    .isEqualTo(1);
            assertThat(count(dataSource, "SELECT COUNT(*) FROM packet_verification"))
                    .isZero();
            assertThat(count(dataSource, "SELECT COUNT(*) FROM packet_warning")).isZero();
            assertThat(count(dataSource, "SELECT COUNT(*) FROM pdf_signature")).isZero();
            assertThat(count(dataSource, "SELECT COUNT(*) FROM desk_user")).isZero();
            assertThat(count(dataSource, "SELECT COUNT(*) FROM agency_request")).isZero();
            assertThat(count(dataSource, "SELECT COUNT(*) FROM peer_poll")).isZero();
        } finally {
            TestDatabases.drop(kind, DATABASE);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void migrateWithoutSampleData(TestDatabases.Kind kind) throws SQLException {
        DataSource dataSource = TestDatabases.fresh(kind, DATABASE);
        try {
            assertThat(SchemaMigration.configure(dataSource, false).migrate().migrationsExecuted)
                    .isEqualTo(25);
            assertThat(count(dataSource, "SELECT COUNT(*) FROM office")).isZero();
            assertThat(count(dataSource, "SELECT COUNT(*) FROM office_level")).isEqualTo(4);
        } finally {
            TestDatabases.drop(kind, DATABASE);
        }
    }
}
