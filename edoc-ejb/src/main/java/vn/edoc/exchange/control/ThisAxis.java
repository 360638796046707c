package vn.edoc.exchange.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.edoc.exchange.AxisHop;
import vn.edoc.exchange.entity.Packet;

/**
 * This axis as its peers know it: {@code edoc.axis.id}, the peer id their routes and connected systems give it. Every
 * server of a cluster has the same id (it is one axis).
 */
@ApplicationScoped
public class ThisAxis {
    @Inject
    @ConfigProperty(name = "edoc.axis.id", defaultValue = "edoc")
    private String id;

    public String id() {
        return id;
    }

    /** Every axis the packet crossed, this one last. */
    public List<AxisHop> trace(Packet packet) {
        List<AxisHop> hops = new ArrayList<>(packet.crossedBefore());
        hops.add(new AxisHop(id, packet.packetId(), packet.acceptedAt()));
        return hops;
    }
}
