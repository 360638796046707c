package vn.edoc.audit.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditHashTest {
    private static final Instant AT = Instant.parse("2026-11-27T03:00:00.123Z");

    @Test
    void everyFieldAndThePreviousHashCount() {
        String hash = AuditHash.of(AuditHash.GENESIS, 1, AT, "000.00.00.H21", "PACKET_ACCEPTED", "p", "d");

        assertThat(hash)
                .hasSize(64)
                .isEqualTo(AuditHash.of(AuditHash.GENESIS, 1, AT, "000.00.00.H21", "PACKET_ACCEPTED", "p", "d"));
        assertThat(AuditHash.of(hash, 1, AT, "000.00.00.H21", "PACKET_ACCEPTED", "p", "d"))
                .isNotEqualTo(hash);
        assertThat(AuditHash.of(AuditHash.GENESIS, 2, AT, "000.00.00.H21", "PACKET_ACCEPTED", "p", "d"))
                .isNotEqualTo(hash);
        assertThat(AuditHash.of(AuditHash.GENESIS, 1, AT.plusMillis(1), "000.00.00.H21", "PACKET_ACCEPTED", "p", "d"))
                .isNotEqualTo(hash);
        assertThat(AuditHash.of(AuditHash.GENESIS, 1, AT, "000.00.00.H21", "PACKET_ACCEPTED", "p", null))
                .isNotEqualTo(hash);
    }

    @Test
    void fieldBoundariesCannotBeShifted() {
        assertThat(AuditHash.of(AuditHash.GENESIS, 1, AT, "a", "b", "cd", null))
                .isNotEqualTo(AuditHash.of(AuditHash.GENESIS, 1, AT, "a", "bc", "d", null));
        assertThat(AuditHash.of(AuditHash.GENESIS, 1, AT, "a", "b", "", null))
                .isNotEqualTo(AuditHash.of(AuditHash.GENESIS, 1, AT, "a", "b", null, null));
    }
}
