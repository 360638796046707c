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
import vn.edoc.signature.PdfLimits;

/** The one place that reads the packet size limit: every entry point takes in packets the same way. */
@ApplicationScoped
public class PacketIntakeProducer {
    @Inject
    @ConfigProperty(name = "edoc.packet.max-bytes", defaultValue = "268435456")
    long maxPacketBytes;

    @Inject
    @ConfigProperty(name = "edoc.packet.max-status-bytes", defaultValue = "1048576")
    long maxStatusBytes;

    @Inject
    @ConfigProperty(name = "edoc.pdf.max-signatures", defaultValue = "20")
    int maxPdfSignatures;

    @Inject
    @ConfigProperty(name = "edoc.pdf.max-decoded-bytes", defaultValue = "268435456")
    long maxPdfDecodedBytes;

    @Resource(lookup = SchemaMigration.DATA_SOURCE)
    DataSource dataSource;

    /** Where packets' bytes are kept: edoc's own database. */
    @Produces
    PacketStore store() {
        return new PacketStore(dataSource);
    }

    /**
     * The intake of this axis, with MP Config {@code edoc.packet.max-bytes}, {@code edoc.packet.max-status-bytes} and
     * the PDF checks' limits {@code edoc.pdf.max-signatures} and {@code edoc.pdf.max-decoded-bytes}.
     */
    @Produces
    PacketIntake intake() {
        return new PacketIntake(maxPacketBytes, maxStatusBytes, new PdfLimits(maxPdfSignatures, maxPdfDecodedBytes));
    }
}
