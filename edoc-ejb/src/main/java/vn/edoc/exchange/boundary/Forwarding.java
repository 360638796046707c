package vn.edoc.exchange.boundary;

import java.util.List;
import vn.edoc.exchange.AxisHop;

/**
 * What a peer axis says of a packet it forwards (the SOAP header {@code axisTrace}): the axes the packet crossed, the
 * forwarding axis last, and for a document the codes this axis is to deliver it to.
 */
public record Forwarding(List<AxisHop> hops, List<String> recipients) {
    public Forwarding {
        hops = List.copyOf(hops);
        recipients = List.copyOf(recipients);
    }

    /** The axis that forwarded the packet here. */
    public String forwarder() {
        return hops.isEmpty() ? null : hops.get(hops.size() - 1).axisId();
    }

    /** Whether the packet crossed the axis {@code axisId} already. */
    public boolean crossed(String axisId) {
        return hops.stream().anyMatch(h -> h.axisId().equals(axisId));
    }
}
