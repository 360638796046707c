package vn.edoc.systems.boundary;

import java.time.Instant;
import java.util.List;
import vn.edoc.systems.entity.ConnectedSystem;

/** A connected system as operators see it: everything but its secret. */
public record SystemView(
        String systemId,
        String name,
        List<String> scopes,
        int requestsPerMinute,
        String certificateSha256,
        String state,
        Instant createdAt,
        Instant secretIssuedAt,
        List<String> protocols,
        String envelopeSignatures,
        String packetReading,
        String pdfSignatures) {

    static SystemView of(ConnectedSystem system) {
        return new SystemView(
                system.systemId(),
                system.name(),
                system.scopes(),
                system.requestsPerMinute(),
                system.certificateSha256(),
                system.state().name(),
                system.createdAt(),
                system.secretIssuedAt(),
                system.protocols().stream().map(Enum::name).toList(),
                system.envelopeSignatures().name(),
                system.packetReading().name(),
                system.pdfSignatures().name());
    }
}
