package vn.edoc.exchange.boundary;

import java.time.Instant;
import vn.edoc.exchange.entity.PeerRefusal;

/** A packet a peer axis held for an office here that this axis refused, for the operators. */
public record PeerRefusalView(String peerId, String peerDocId, String code, String message, Instant refusedAt) {

    static PeerRefusalView of(PeerRefusal refusal) {
        return new PeerRefusalView(
                refusal.peerId(), refusal.peerDocId(), refusal.code(), refusal.message(), refusal.refusedAt());
    }
}
