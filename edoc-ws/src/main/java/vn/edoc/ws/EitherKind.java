package vn.edoc.ws;

import vn.edoc.edxml.read.PacketKindProbe;
import vn.edoc.exchange.boundary.Acceptance;
import vn.edoc.exchange.boundary.Exchange;
import vn.edoc.exchange.boundary.Forwarding;
import vn.edoc.exchange.boundary.IncomingPacket;
import vn.edoc.exchange.boundary.Statuses;
import vn.edoc.systems.Caller;

/**
 * A received file accepted as what its bytes say it is: the national protocol carries documents and statuses in the
 * same call ({@code sendEdoc} from a DMS, {@code getEdoc} from a peer axis), and its {@code messagetype} is the
 * sender's word, not checked. A status is read whole (bounded by {@code maxStatusBytes}); a document stays a file.
 */
public final class EitherKind {
    private EitherKind() {}

    /**
     * @param forwarding the peer that forwards it, or {@code null} for a packet its caller sends itself
     */
    public static Acceptance accept(
            Exchange exchange,
            Statuses statuses,
            Caller caller,
            IncomingPacket incoming,
            Forwarding forwarding,
            long maxStatusBytes) {
        return PacketKindProbe.isStatus(incoming.file())
                ? statuses.report(caller, PacketSource.statusBytes(incoming, maxStatusBytes), forwarding)
                : exchange.send(caller, incoming, forwarding);
    }
}
