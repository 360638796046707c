package vn.edoc.directory.control;

/**
 * Who may send to whom. Rules are read in order of position; the first whose two scopes hold the sender and the
 * recipient decides. Without a matching rule, every active office may send to every other.
 */
public record RoutingRule(int position, Scope sender, Scope recipient, Effect effect, String note) {
    /** What a matching rule decides. */
    public enum Effect {
        ALLOW,
        DENY
    }
}
