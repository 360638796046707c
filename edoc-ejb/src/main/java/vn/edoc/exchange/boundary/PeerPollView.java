package vn.edoc.exchange.boundary;

import java.time.Instant;
import vn.edoc.exchange.entity.PeerPoll;

/** How the polling of a peer axis of the national protocol stands, for the operators. */
public record PeerPollView(
        String peerId,
        String holder,
        Instant nextPollAt,
        int failures,
        String lastError,
        Instant lastSuccessAt,
        long taken) {

    static PeerPollView of(PeerPoll poll) {
        return new PeerPollView(
                poll.peerId(),
                poll.holder(),
                poll.nextPollAt(),
                poll.failures(),
                poll.lastError(),
                poll.lastSuccessAt(),
                poll.taken());
    }
}
