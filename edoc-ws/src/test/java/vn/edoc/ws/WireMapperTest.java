package vn.edoc.ws;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.edoc.contract.axis.v1.Acceptance;
import vn.edoc.exchange.DeliveryState;
import vn.edoc.exchange.boundary.RecipientStatus;

class WireMapperTest {
    @Test
    void everyDomainStateHasItsWireState() {
        assertThat(Arrays.stream(DeliveryState.values()).map(Enum::name))
                .containsExactlyElementsOf(Arrays.stream(vn.edoc.contract.axis.v1.DeliveryState.values())
                        .map(Enum::name)
                        .toList());
    }

    @Test
    void writesTimesInVietnamsOffset() {
        Instant at = Instant.parse("2026-11-27T01:02:03Z");
        var accepted = new vn.edoc.exchange.boundary.Acceptance(
                "p", "d", "s", "h", 3, at, List.of(new RecipientStatus("r", DeliveryState.WAITING, at)), new byte[] {1
                });

        Acceptance wire = WireMapper.acceptance(accepted);

        assertThat(wire.getAcceptedAt()).hasToString("2026-11-27T08:02:03+07:00");
        assertThat(wire.getReceipt()).containsExactly(1);
        assertThat(wire.getRecipient()).singleElement().satisfies(r -> {
            assertThat(r.getOrganId()).isEqualTo("r");
            assertThat(r.getState()).isEqualTo(vn.edoc.contract.axis.v1.DeliveryState.WAITING);
        });
    }
}
