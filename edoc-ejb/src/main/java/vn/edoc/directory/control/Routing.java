package vn.edoc.directory.control;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The routing rules and the peer routes in force, as one value read at the start of a request. */
public record Routing(List<RoutingRule> rules, List<PeerRoute> peers) {
    public static final Routing OPEN = new Routing(List.of(), List.of());

    public Routing {
        rules = rules.stream()
                .sorted(Comparator.comparingInt(RoutingRule::position))
                .toList();
        peers = List.copyOf(peers);
    }

    /** Whether the sender may send to the recipient (each given by code, level and ancestors, nearest first). */
    public boolean allows(Party sender, Party recipient) {
        return rules.stream()
                .filter(r -> r.sender().contains(sender.code(), sender.level(), sender.ancestors()))
                .filter(r -> r.recipient().contains(recipient.code(), recipient.level(), recipient.ancestors()))
                .findFirst()
                .map(r -> r.effect() == RoutingRule.Effect.ALLOW)
                .orElse(true);
    }

    /** The peer axis that reaches a code outside the local directory, if a route names it. */
    public Optional<PeerRoute> peerFor(String code) {
        return peers.stream().filter(p -> p.matches(code)).max(Comparator.comparingInt(PeerRoute::specificity));
    }

    /** The endpoint of the peer axis {@code peerId} (its first peer route's), if a route names it. */
    public Optional<String> endpointOf(String peerId) {
        return peers.stream()
                .filter(p -> p.peerId().equals(peerId))
                .map(PeerRoute::endpoint)
                .findFirst();
    }

    /** An office as the rules see it. */
    public record Party(String code, String level, List<String> ancestors) {}
}
