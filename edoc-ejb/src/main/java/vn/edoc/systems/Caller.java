package vn.edoc.systems;

import java.util.List;
import vn.edoc.signature.EnvelopeSignatures;

/**
 * Who makes a call: an authenticated connected system and the scopes of the offices it is registered for ({@code *},
 * a code, {@code code/**}, {@code level:NAME}). Boundaries check each office a call acts for or reads against them.
 * {@code envelopeSignatures} is what the packets it sends must carry.
 */
public record Caller(String systemId, List<String> scopes, EnvelopeSignatures envelopeSignatures) {
    public Caller {
        scopes = List.copyOf(scopes);
    }

    /** A caller whose packets must be signed (the default). */
    public Caller(String systemId, List<String> scopes) {
        this(systemId, scopes, EnvelopeSignatures.REQUIRED);
    }

    /** The system that vouches for a packet it sends without XML-DSig, or null when signatures are required. */
    public String vouchingSystem() {
        return envelopeSignatures == EnvelopeSignatures.IF_PRESENT ? systemId : null;
    }

    /** Whether the caller is the peer axis {@code axisId} (registered with the scope {@code peer:axisId}). */
    public boolean isPeer(String axisId) {
        return axisId != null && scopes.contains("peer:" + axisId);
    }
}
