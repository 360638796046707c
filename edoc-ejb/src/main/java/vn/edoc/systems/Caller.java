package vn.edoc.systems;

import java.util.List;

/**
 * Who makes a call: an authenticated connected system and the scopes of the offices it is registered for ({@code *},
 * a code, {@code code/**}, {@code level:NAME}). Boundaries check each office a call acts for or reads against them.
 */
public record Caller(String systemId, List<String> scopes) {
    public Caller {
        scopes = List.copyOf(scopes);
    }

    /** Whether the caller is the peer axis {@code axisId} (registered with the scope {@code peer:axisId}). */
    public boolean isPeer(String axisId) {
        return axisId != null && scopes.contains("peer:" + axisId);
    }
}
