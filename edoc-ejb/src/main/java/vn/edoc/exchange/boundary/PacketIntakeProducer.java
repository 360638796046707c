package vn.edoc.exchange.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.edoc.exchange.control.PacketIntake;

/** The one place that reads the packet size limit: every entry point takes in packets the same way. */
@ApplicationScoped
public class PacketIntakeProducer {
    @Inject
    @ConfigProperty(name = "edoc.packet.max-bytes", defaultValue = "67108864")
    long maxPacketBytes;

    /** The intake of this axis, with MP Config {@code edoc.packet.max-bytes}. */
    @Produces
    PacketIntake intake() {
        return new PacketIntake(maxPacketBytes);
    }
}
