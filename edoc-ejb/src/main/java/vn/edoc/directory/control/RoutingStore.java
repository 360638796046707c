package vn.edoc.directory.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** The routing rules and peer routes through JDBC; each set is replaced as a whole. */
public final class RoutingStore {
    private final Connection connection;

    public RoutingStore(Connection connection) {
        this.connection = connection;
    }

    public Routing load() throws SQLException {
        List<RoutingRule> rules = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT position, sender_scope, recipient_scope, effect, note"
                        + " FROM routing_rule ORDER BY position")) {
            while (rows.next()) {
                rules.add(new RoutingRule(
                        rows.getInt(1),
                        Scope.parse(rows.getString(2)),
                        Scope.parse(rows.getString(3)),
                        RoutingRule.Effect.valueOf(rows.getString(4)),
                        rows.getString(5)));
            }
        }
        List<PeerRoute> peers = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT code_pattern, peer_id, endpoint FROM peer_route ORDER BY code_pattern")) {
            while (rows.next()) {
                peers.add(new PeerRoute(rows.getString(1), rows.getString(2), rows.getString(3)));
            }
        }
        return new Routing(rules, peers);
    }

    public void replaceRules(List<RoutingRule> rules) throws SQLException {
        try (Statement delete = connection.createStatement();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO routing_rule"
                        + " (position, sender_scope, recipient_scope, effect, note) VALUES (?, ?, ?, ?, ?)")) {
            delete.executeUpdate("DELETE FROM routing_rule");
            for (RoutingRule rule : rules) {
                insert.setInt(1, rule.position());
                insert.setString(2, rule.sender().text());
                insert.setString(3, rule.recipient().text());
                insert.setString(4, rule.effect().name());
                insert.setString(5, rule.note());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    public void replacePeers(List<PeerRoute> peers) throws SQLException {
        try (Statement delete = connection.createStatement();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO peer_route (code_pattern, peer_id, endpoint) VALUES (?, ?, ?)")) {
            delete.executeUpdate("DELETE FROM peer_route");
            for (PeerRoute peer : peers) {
                insert.setString(1, peer.codePattern());
                insert.setString(2, peer.peerId());
                insert.setString(3, peer.endpoint());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
