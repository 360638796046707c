package vn.edoc.exchange.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.edoc.exchange.control.PacketIntake;
import vn.edoc.exchange.control.PacketStore;
import vn.edoc.platform.SchemaMigration;

/** The one place that reads the packet size limit: every entry point takes in packets the same way. */
@ApplicationScoped
public class PacketIntakeProducer {
    @Inject
    @ConfigProperty(name = "edoc.packet.max-bytes", defaultValue = "268435456")
    long maxPacketBytes;

    @Inject
    @ConfigProperty(name = "edoc.packet.max-status-bytes", defaultValue = "1048576")
    long maxStatusBytes;

    @Resource(lookup = SchemaMigration.DATA_SOURCE)
    DataSource dataSource;

    /** Where packets' bytes are kept: edoc's own database. */
    @Produces
    PacketStore store() {
        return new PacketStore(dataSource);
    }

    /** The intake of this axis, with MP Config {@code edoc.packet.max-bytes} and {@code edoc.packet.max-status-bytes}. */
    @Produces
    PacketIntake intake() {
        return new PacketIntake(maxPacketBytes, maxStatusBytes);
    }
}
