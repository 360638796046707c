package vn.edoc.exchange.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PeerPollTest {
    private static final Instant NOW = Instant.parse("2026-12-04T09:00:00Z");

    @Test
    void aNewPeerIsDueAtOnceForAnyPoller() {
        PeerPoll poll = new PeerPoll("truc-quoc-gia", NOW);

        assertThat(poll.dueFor("poll:a", NOW)).isTrue();
        assertThat(poll.dueFor("poll:b", NOW)).isTrue();
        assertThat(poll.heldBy("poll:a", NOW)).isFalse();
    }

    @Test
    void whileOnePollerHoldsTheLeaseNoOtherPolls() {
        PeerPoll poll = new PeerPoll("truc-quoc-gia", NOW);
        poll.lease("poll:a", NOW.plusSeconds(300));

        assertThat(poll.dueFor("poll:b", NOW.plusSeconds(299))).isFalse();
        assertThat(poll.heldBy("poll:a", NOW.plusSeconds(299))).isTrue();
        assertThat(poll.dueFor("poll:b", NOW.plusSeconds(300)))
                .as("a poller that died gives the peer back when its lease ends")
                .isTrue();
        assertThat(poll.heldBy("poll:a", NOW.plusSeconds(300))).isFalse();
    }

    @Test
    void aSuccessReleasesTheLeaseAndSetsTheNextPoll() {
        PeerPoll poll = new PeerPoll("truc-quoc-gia", NOW);
        poll.lease("poll:a", NOW.plusSeconds(300));
        poll.failed(NOW.plusSeconds(30), "connection refused");

        poll.lease("poll:a", NOW.plusSeconds(330));
        poll.succeeded(NOW.plusSeconds(31), NOW.plusSeconds(61), 3);

        assertThat(poll.failures()).isZero();
        assertThat(poll.taken()).isEqualTo(3);
        assertThat(poll.lastSuccessAt()).isEqualTo(NOW.plusSeconds(31));
        assertThat(poll.holder()).isNull();
        assertThat(poll.dueFor("poll:b", NOW.plusSeconds(60))).isFalse();
        assertThat(poll.dueFor("poll:b", NOW.plusSeconds(61))).isTrue();
    }

    @Test
    void failuresInARowAreCountedAndTheLastErrorKeptShort() {
        PeerPoll poll = new PeerPoll("truc-quoc-gia", NOW);

        assertThat(poll.failed(NOW.plusSeconds(30), "down")).isEqualTo(1);
        assertThat(poll.failed(NOW.plusSeconds(90), "x".repeat(2_000))).isEqualTo(2);

        assertThat(poll.lastError()).hasSize(500).endsWith("…");
        assertThat(poll.nextPollAt()).isEqualTo(NOW.plusSeconds(90));
        assertThat(poll.dueFor("poll:a", NOW.plusSeconds(89))).isFalse();
    }

    @Test
    void aBackOffKeepsItsMilliseconds() {
        PeerPoll poll = new PeerPoll("truc-quoc-gia", NOW);
        poll.lease("poll:a", NOW.plusMillis(300_250));
        poll.failed(NOW.plusMillis(1_600), "down");

        assertThat(poll.nextPollAt()).isEqualTo(NOW.plusMillis(1_600));
        assertThat(poll.dueFor("poll:a", NOW.plusMillis(1_599))).isFalse();
        assertThat(poll.dueFor("poll:a", NOW.plusMillis(1_600))).isTrue();
    }
}
