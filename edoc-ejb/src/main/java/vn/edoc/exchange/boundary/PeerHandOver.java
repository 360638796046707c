package vn.edoc.exchange.boundary;

import java.util.List;
import vn.edoc.exchange.AxisHop;

/**
 * A copy the axis forwards to a peer axis instead of pushing it to an office: the peer, the trace to send (every axis
 * the packet crossed, this one last) and, for a document, the codes the peer is to deliver it to (every copy of the
 * packet behind that peer: one forward carries them all).
 */
public record PeerHandOver(String peerId, List<AxisHop> trace, List<String> forwardedTo) {
    public PeerHandOver {
        trace = List.copyOf(trace);
        forwardedTo = List.copyOf(forwardedTo);
    }
}
