package vn.edoc.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.edoc.exchange.boundary.Forwarding;

class AxisHopTest {
    private static final AxisHop PROVINCE =
            new AxisHop("gia-lai", "0f8d7c3e-5b1a-4c2d-9e8f-7a6b5c4d3e2f", Instant.parse("2026-11-27T03:15:00.123Z"));
    private static final AxisHop NATIONAL =
            new AxisHop("truc-quoc-gia", "1a2b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c6d", Instant.parse("2026-11-27T03:15:02Z"));

    @Test
    void theHopsSurviveTheirColumnInOrderToTheMillisecond() {
        List<AxisHop> hops = List.of(PROVINCE, NATIONAL);

        assertThat(AxisHop.fromText(AxisHop.toText(hops))).containsExactlyElementsOf(hops);
        assertThat(AxisHop.fromText(null)).isEmpty();
        assertThat(AxisHop.toText(List.of())).isEmpty();
    }

    @Test
    void theForwarderIsTheAxisNamedLastAndEveryAxisNamedWasCrossed() {
        Forwarding forwarding = new Forwarding(List.of(PROVINCE, NATIONAL), List.of("000.00.00.G22"));

        assertThat(forwarding.forwarder()).isEqualTo("truc-quoc-gia");
        assertThat(forwarding.crossed("gia-lai")).isTrue();
        assertThat(forwarding.crossed("binh-dinh")).isFalse();
        assertThat(new Forwarding(List.of(), List.of()).forwarder()).isNull();
    }
}
