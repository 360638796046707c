package vn.edoc.directory.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.edoc.error.EdocException;
import vn.edoc.error.ErrorCode;
import vn.edoc.error.Problem;

class RoutingTest {
    private static final Routing.Party PROVINCE = new Routing.Party("000.00.00.H21", "PROVINCE", List.of());
    private static final Routing.Party PLEIKU =
            new Routing.Party("000.00.41.H21", "DISTRICT", List.of("000.00.00.H21"));
    private static final Routing.Party DIEN_HONG =
            new Routing.Party("000.01.41.H21", "COMMUNE", List.of("000.00.41.H21", "000.00.00.H21"));
    private static final Routing.Party SONG_AN =
            new Routing.Party("000.02.42.H21", "COMMUNE", List.of("000.00.42.H21", "000.00.00.H21"));

    @Test
    void withoutRulesEveryOfficeMaySendToEveryOther() {
        assertThat(Routing.OPEN.allows(DIEN_HONG, SONG_AN)).isTrue();
    }

    @Test
    void theFirstMatchingRuleDecides() {
        Routing routing = new Routing(RoutingCsv.readRules("""
                        position,sender,recipient,effect,note
                        20,level:COMMUNE,level:COMMUNE,DENY,communes write through their district
                        10,000.00.41.H21/**,000.00.41.H21/**,ALLOW,inside Pleiku
                        """), List.of());

        assertThat(routing.allows(DIEN_HONG, SONG_AN)).isFalse();
        assertThat(routing.allows(DIEN_HONG, new Routing.Party("000.02.41.H21", "COMMUNE", DIEN_HONG.ancestors())))
                .as("rule 10 comes first")
                .isTrue();
        assertThat(routing.allows(DIEN_HONG, PLEIKU)).isTrue();
        assertThat(routing.allows(PROVINCE, SONG_AN)).isTrue();
    }

    @Test
    void theMostSpecificPeerRouteWins() {
        Routing routing = new Routing(List.of(), RoutingCsv.readPeers("""
                        code_pattern,peer_id,endpoint
                        *.H08,binh-dinh,https://axis.binhdinh.example/edoc
                        *,national,https://axis.national.example/edoc
                        000.00.00.G22,vpcp,https://axis.vpcp.example/edoc
                        """));

        assertThat(routing.peerFor("000.00.05.H08")).map(PeerRoute::peerId).contains("binh-dinh");
        assertThat(routing.peerFor("000.00.00.G22")).map(PeerRoute::peerId).contains("vpcp");
        assertThat(routing.peerFor("000.00.00.G09")).map(PeerRoute::peerId).contains("national");
        assertThat(new Routing(List.of(), List.of()).peerFor("000.00.00.G09")).isEmpty();
    }

    @Test
    void aBadRoutingFileIsRefusedWithEveryBadLine() {
        String file = """
                position,sender,recipient,effect,note
                1,*,000.0.41.H21,DENY,
                2,*,*,MAYBE,
                x,*,*,ALLOW,
                1,*,*,ALLOW,
                """;

        assertThatThrownBy(() -> RoutingCsv.readRules(file))
                .isInstanceOfSatisfying(
                        EdocException.class,
                        e -> assertThat(e.problems())
                                .extracting(Problem::code, Problem::line)
                                .containsExactly(
                                        org.assertj.core.groups.Tuple.tuple(ErrorCode.ROUTING_RULE_INVALID, 2),
                                        org.assertj.core.groups.Tuple.tuple(ErrorCode.ROUTING_RULE_INVALID, 3),
                                        org.assertj.core.groups.Tuple.tuple(ErrorCode.ROUTING_RULE_INVALID, 4),
                                        org.assertj.core.groups.Tuple.tuple(ErrorCode.ROUTING_RULE_INVALID, 5)));
        assertThatThrownBy(() -> RoutingCsv.readPeers("code_pattern,peer_id,endpoint\n*.H08,bd,ftp://x\n"))
                .isInstanceOf(EdocException.class);
    }
}
