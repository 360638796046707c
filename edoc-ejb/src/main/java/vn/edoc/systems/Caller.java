package vn.edoc.systems;

import java.util.List;
import vn.edoc.signature.EnvelopeSignatures;

/**
 * Who makes a call: an authenticated connected system and the scopes of the offices it is registered for ({@code *},
 * a code, {@code code/**}, {@code level:NAME}). Boundaries check each office a call acts for or reads against them.
 * {@code envelopeSignatures} is what the packets it sends must carry, {@code packetReading} whether what the reader
 * forgives (warnings) refuses its packets, {@code pdfSignatures} whether its PDF attachments must be validly signed.
 */
public record Caller(
        String systemId,
        List<String> scopes,
        EnvelopeSignatures envelopeSignatures,
        PacketReading packetReading,
        PdfSignaturePolicy pdfSignatures) {
    private static final String PEER_SCOPE = "peer:";

    public Caller {
        scopes = List.copyOf(scopes);
    }

    /** A caller whose packets must be signed (the default). */
    public Caller(String systemId, List<String> scopes) {
        this(systemId, scopes, EnvelopeSignatures.REQUIRED, PacketReading.TOLERANT, PdfSignaturePolicy.REPORTED);
    }

    /**
     * The peer axis {@code axisId} as a caller: it acts for the offices behind it (the scope {@code peer:axisId}), and
     * its packets carry what {@code envelopeSignatures} says. Used where this axis takes packets from the peer itself
     * (polling it) rather than the peer calling in as a registered system.
     */
    public static Caller ofPeer(String axisId, EnvelopeSignatures envelopeSignatures, PacketReading packetReading) {
        return new Caller(
                axisId, List.of(PEER_SCOPE + axisId), envelopeSignatures, packetReading, PdfSignaturePolicy.REPORTED);
    }

    /** Whether this caller's PDF attachments must be validly signed. */
    public boolean requiresPdfSignatures() {
        return pdfSignatures == PdfSignaturePolicy.REQUIRED;
    }

    /** Whether warnings refuse this caller's packets. */
    public boolean readsStrictly() {
        return packetReading == PacketReading.STRICT;
    }

    /** The system that vouches for a packet it sends without XML-DSig, or null when signatures are required. */
    public String vouchingSystem() {
        return envelopeSignatures == EnvelopeSignatures.IF_PRESENT ? systemId : null;
    }

    /** Whether the caller is the peer axis {@code axisId} (registered with the scope {@code peer:axisId}). */
    public boolean isPeer(String axisId) {
        return axisId != null && scopes.contains(PEER_SCOPE + axisId);
    }
}
