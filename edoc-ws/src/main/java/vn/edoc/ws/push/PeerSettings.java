package vn.edoc.ws.push;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.eclipse.microprofile.config.Config;
import vn.edoc.exchange.control.ThisAxis;
import vn.edoc.signature.EnvelopeSignatures;
import vn.edoc.systems.PacketReading;

/**
 * How this axis is known at a peer axis, from {@code edoc.peer.<id>.*}: the protocol the peer speaks ({@code soap}, the
 * default, or {@code vxp}), the system id this axis has there (by default its own axis id), the file of the secret
 * that goes with it, and for a VXP peer what the packets taken from it must carry ({@code envelope-signatures}, by
 * default {@code IF_PRESENT}: the national SDK's packets carry a placeholder, the peer vouches for them) and how they
 * are read ({@code packet-reading}: {@code TOLERANT}, the default, or {@code STRICT}).
 */
@ApplicationScoped
public class PeerSettings {
    @Inject
    private Config config;

    @Inject
    private ThisAxis thisAxis;

    /** A peer of protocol {@code vxp} is the national axis or one like it. */
    public boolean speaksVxp(String peer) {
        return value(peer, "protocol")
                .map(p -> p.strip().equalsIgnoreCase("vxp"))
                .orElse(false);
    }

    public String systemId(String peer) {
        return value(peer, "system-id").orElse(thisAxis.id());
    }

    public String secret(String peer) throws PushFailure {
        String name = "edoc.peer." + peer + ".secret-file";
        String file = value(peer, "secret-file")
                .orElseThrow(() -> new PushFailure("PEER_NOT_CONFIGURED: " + name + " is not set", null));
        try {
            return Files.readString(Path.of(file), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new PushFailure("PEER_NOT_CONFIGURED: " + name + " (" + file + ") cannot be read", e);
        }
    }

    public EnvelopeSignatures envelopeSignatures(String peer) {
        return value(peer, "envelope-signatures")
                .map(v -> EnvelopeSignatures.valueOf(v.strip().toUpperCase(Locale.ROOT)))
                .orElse(EnvelopeSignatures.IF_PRESENT);
    }

    public PacketReading packetReading(String peer) {
        return value(peer, "packet-reading")
                .map(v -> PacketReading.valueOf(v.strip().toUpperCase(Locale.ROOT)))
                .orElse(PacketReading.TOLERANT);
    }

    private java.util.Optional<String> value(String peer, String key) {
        return config.getOptionalValue("edoc.peer." + peer + "." + key, String.class);
    }
}
