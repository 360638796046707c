package vn.edoc.systems.boundary;

import java.util.List;

/**
 * What an operator registers about a connected system.
 *
 * @param scopes the offices it acts for: {@code *}, a code, {@code code/**} (a branch of the tree), {@code level:NAME}
 * @param requestsPerMinute calls it may make per minute; null for the default ({@code edoc.systems.default-rate})
 * @param certificateSha256 SHA-256 (hex) of the TLS client certificate it must present, or null
 * @param state ACTIVE or DISABLED; null keeps the state (ACTIVE for a new system)
 * @param protocols SOAP, VXP or both; null keeps them (SOAP for a new system)
 * @param envelopeSignatures REQUIRED or IF_PRESENT; null keeps it (REQUIRED for a new system)
 * @param packetReading TOLERANT (warnings recorded, the packet accepted) or STRICT (warnings refuse); null keeps it
 *     (TOLERANT for a new system)
 * @param pdfSignatures REPORTED (checked and shown) or REQUIRED (every PDF attachment validly signed, or refused); null
 *     keeps it (REPORTED for a new system)
 * @param secret at registration only: the secret a DMS moving over from the national axis keeps (at least 16
 *     characters); null to have the axis generate one
 */
public record SystemRegistration(
        String systemId,
        String name,
        List<String> scopes,
        Integer requestsPerMinute,
        String certificateSha256,
        String state,
        List<String> protocols,
        String envelopeSignatures,
        String packetReading,
        String pdfSignatures,
        String secret) {
    @Override
    public String toString() {
        // never the secret
        return "SystemRegistration[systemId=" + systemId + ", protocols=" + protocols + "]";
    }
}
