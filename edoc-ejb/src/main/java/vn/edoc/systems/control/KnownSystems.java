package vn.edoc.systems.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.edoc.signature.EnvelopeSignatures;
import vn.edoc.systems.PacketReading;
import vn.edoc.systems.PdfSignaturePolicy;
import vn.edoc.systems.Protocol;
import vn.edoc.systems.SystemState;
import vn.edoc.systems.entity.ConnectedSystem;

/**
 * Connected systems as authentication needs them, kept on this server for {@code edoc.systems.cache-seconds} (5 by
 * default; 0 reads the register on every call). Every SOAP call authenticates, and reading the register each time was
 * a database round trip per call (the load benchmark). A change an operator makes is forgotten here as soon as it is
 * committed; another server of a cluster sees it within the cache's seconds.
 */
@ApplicationScoped
public class KnownSystems {
    @Inject
    @ConfigProperty(name = "edoc.systems.cache-seconds", defaultValue = "5")
    private int cacheSeconds;

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    public KnownSystems() {
        // for CDI, which injects the cache's seconds
    }

    KnownSystems(int cacheSeconds) {
        this.cacheSeconds = cacheSeconds;
    }

    /** The system registered as {@code systemId}, from this cache or {@code register}; null when there is none. */
    public KnownSystem find(String systemId, Supplier<ConnectedSystem> register) {
        long now = System.nanoTime();
        Entry entry = entries.get(systemId);
        if (entry != null && now - entry.readAt() < cacheSeconds * 1_000_000_000L) {
            return entry.system();
        }
        ConnectedSystem read = register.get();
        if (read == null) {
            // an unknown id is not remembered: it may be registered in a moment
            entries.remove(systemId);
            return null;
        }
        KnownSystem system = KnownSystem.of(read);
        entries.put(systemId, new Entry(system, now));
        return system;
    }

    public void forget(String systemId) {
        entries.remove(systemId);
    }

    /** What authenticating a call needs of a registered system. */
    public record KnownSystem(
            String systemId,
            String secretSha256,
            SystemState state,
            String certificateSha256,
            int requestsPerMinute,
            List<String> scopes,
            Set<Protocol> protocols,
            String secretSealed,
            EnvelopeSignatures envelopeSignatures,
            PacketReading packetReading,
            PdfSignaturePolicy pdfSignatures) {
        static KnownSystem of(ConnectedSystem system) {
            return new KnownSystem(
                    system.systemId(),
                    system.secretSha256(),
                    system.state(),
                    system.certificateSha256(),
                    system.requestsPerMinute(),
                    List.copyOf(system.scopes()),
                    system.protocols(),
                    system.secretSealed(),
                    system.envelopeSignatures(),
                    system.packetReading(),
                    system.pdfSignatures());
        }
    }

    private record Entry(KnownSystem system, long readAt) {}
}
