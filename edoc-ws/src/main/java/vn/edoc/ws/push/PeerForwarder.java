package vn.edoc.ws.push;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.xml.ws.WebServiceException;
import java.net.URI;
import java.time.Clock;
import vn.edoc.client.EdocClient;
import vn.edoc.client.EdocClientException;
import vn.edoc.contract.axis.v1.Acceptance;
import vn.edoc.exchange.boundary.PeerHandOver;
import vn.edoc.exchange.boundary.PushJob;
import vn.edoc.exchange.boundary.StoredBytes;
import vn.edoc.exchange.control.DeliverySettings;
import vn.edoc.exchange.entity.PacketKind;
import vn.edoc.ws.PacketSource;
import vn.edoc.ws.TraceHeaders;

/**
 * Forwards one packet to a peer axis over the axis contract itself: {@code sendDocument} or {@code sendStatus}, as the
 * connected system this axis is at the peer ({@code edoc.peer.<id>.system-id}, by default this axis's id, and the
 * secret in the file {@code edoc.peer.<id>.secret-file}), with the {@code axisTrace} header. The peer answers a
 * packet it holds already with its first acceptance, so a forward repeated after a lost answer is harmless. A peer
 * whose {@code edoc.peer.<id>.protocol} is {@code vxp} (the national axis) is sent the packet over the national
 * protocol instead ({@link VxpPeerClient}), with the same leases, retries and dead letter; its route's endpoint is
 * then the VXP base URL.
 */
@ApplicationScoped
public class PeerForwarder {
    @Inject
    private Clock clock;

    @Inject
    private DeliverySettings delivery;

    @Inject
    private PeerSettings settings;

    /**
     * Forwards the packet, streamed from the store.
     *
     * @return the packetId the peer gave it
     */
    public String forward(PushJob job, StoredBytes bytes) throws PushFailure {
        PeerHandOver handOver = job.peer();
        String peer = handOver.peerId();
        if (job.endpoint() == null) {
            throw new PushFailure("PEER_NOT_ROUTED: no peer route names " + peer, null);
        }
        if (settings.speaksVxp(peer)) {
            return new VxpPeerClient(
                            delivery.pushTimeout(),
                            job.endpoint(),
                            settings.systemId(peer),
                            settings.secret(peer),
                            clock)
                    .send(job, bytes);
        }
        EdocClient client = EdocClient.builder(URI.create(job.endpoint()))
                .system(settings.systemId(peer), settings.secret(peer))
                .connectTimeout(delivery.pushTimeout())
                .requestTimeout(delivery.pushTimeout())
                .header(TraceHeaders.write(handOver))
                .build();
        try {
            Acceptance acceptance = job.kind() == PacketKind.STATUS
                    ? client.sendStatus(PacketSource.handlerOf(bytes))
                    : client.send(PacketSource.handlerOf(bytes));
            return acceptance.getPacketId();
        } catch (EdocClientException e) {
            throw new PushFailure(peer + " refused: " + e.code() + " " + e.getMessage(), e);
        } catch (WebServiceException e) {
            throw new PushFailure(job.endpoint() + ": " + PushClient.rootMessage(e), e);
        }
    }
}
