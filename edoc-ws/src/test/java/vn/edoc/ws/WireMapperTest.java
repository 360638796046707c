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
                "p",
                "d",
                "s",
                "h",
                3,
                at,
                List.of(new RecipientStatus("r", DeliveryState.WAITING, at)),
                new byte[] {1},
                List.of());

        Acceptance wire = WireMapper.acceptance(accepted);

        assertThat(wire.getAcceptedAt()).hasToString("2026-11-27T08:02:03+07:00");
        assertThat(wire.getReceipt()).containsExactly(1);
        assertThat(wire.getRecipient()).singleElement().satisfies(r -> {
            assertThat(r.getOrganId()).isEqualTo("r");
            assertThat(r.getState()).isEqualTo(vn.edoc.contract.axis.v1.DeliveryState.WAITING);
        });
        assertThat(wire.getWarning()).isEmpty();
    }

    @Test
    void carriesAWarningWithTheValueReadAndBothLanguages() {
        Instant at = Instant.parse("2026-11-27T01:02:03Z");
        var warning = vn.edoc.error.Problem.warning(
                vn.edoc.error.ErrorCode.DATE_INVALID,
                "/edXML/x/PromulgationDate",
                29,
                11,
                "2020/10/30",
                "PromulgationDate",
                "30/10/2020");
        var accepted =
                new vn.edoc.exchange.boundary.Acceptance("p", "d", "s", "h", 3, at, List.of(), null, List.of(warning));

        Acceptance wire = WireMapper.acceptance(accepted);

        assertThat(wire.getWarning()).singleElement().satisfies(w -> {
            assertThat(w.getCode()).isEqualTo("DATE_INVALID");
            assertThat(w.getSeverity()).isEqualTo(vn.edoc.contract.axis.v1.ProblemSeverity.WARNING);
            assertThat(w.getReadAs()).isEqualTo("2020/10/30");
            assertThat(w.getLine()).isEqualTo(29);
            assertThat(w.getMessage()).contains("30/10/2020").isNotEqualTo(w.getMessageEn());
        });
    }
}
