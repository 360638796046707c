package vn.edoc.edxml.model;

import java.util.List;

/** The hops a packet made, and its business block ({@code null} when the packet has none). */
public record TraceHeaderList(List<TraceHeader> traces, Business business) {
    public TraceHeaderList {
        traces = List.copyOf(traces);
    }
}
