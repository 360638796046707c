package vn.edoc.exchange.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.edoc.error.EdocException;

/** A status packet is read whole into memory: it is bounded far below a document, and never above it. */
class PacketIntakeLimitsTest {
    @Test
    void aStatusOverItsLimitIsRefusedBeforeItIsRead() {
        PacketIntake intake = new PacketIntake(10_000, 100);

        assertThatThrownBy(() -> intake.validStatus(new byte[101]))
                .isInstanceOfSatisfying(
                        EdocException.class, e -> assertThat(e.code().name()).isEqualTo("PACKET_TOO_LARGE"));
    }

    @Test
    void theStatusLimitIsOneMebibyteByDefaultAndNeverAboveThePacketLimit() {
        assertThat(new PacketIntake(256L << 20).maxStatusBytes()).isEqualTo(1 << 20);
        assertThat(new PacketIntake(1000, 1 << 20).maxStatusBytes()).isEqualTo(1000);
    }
}
