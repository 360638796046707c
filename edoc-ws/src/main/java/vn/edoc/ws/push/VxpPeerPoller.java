package vn.edoc.ws.push;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.edoc.directory.boundary.Directory;
import vn.edoc.directory.control.PeerRoute;
import vn.edoc.error.EdocException;
import vn.edoc.exchange.AxisHop;
import vn.edoc.exchange.boundary.Exchange;
import vn.edoc.exchange.boundary.Forwarding;
import vn.edoc.exchange.boundary.IncomingPacket;
import vn.edoc.exchange.boundary.PeerPolls;
import vn.edoc.exchange.boundary.Statuses;
import vn.edoc.exchange.control.DeliverySettings;
import vn.edoc.exchange.control.PacketIntake;
import vn.edoc.systems.Caller;
import vn.edoc.ws.EitherKind;
import vn.edoc.ws.PacketSource;
import vn.edoc.ws.vxp.VxpReply;

/**
 * Takes what each peer axis of the national protocol (a peer route's peer whose {@code edoc.peer.<id>.protocol} is
 * {@code vxp}) holds for the offices behind this axis: its documents first, then its statuses, oldest first, each
 * fetched ({@code getEdoc}), accepted as a packet that peer forwards (every check of a forwarded packet, the peer
 * vouching for an envelope without XML-DSig unless {@code edoc.peer.<id>.envelope-signatures} says otherwise) and
 * only once it is stored confirmed to the peer ({@code updateStatus done}). A confirmation lost on the way brings the
 * copy back: accepting the same bytes again answers the first acceptance, so the office gets it once. A packet this
 * axis refuses is recorded with its code, audited, answered {@code fail} and never taken again. {@link PeerPolls}
 * decides when a peer is due and which server of a cluster polls it.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class VxpPeerPoller {
    @Inject
    private Clock clock;

    private static final Logger LOG = Logger.getLogger(VxpPeerPoller.class.getName());
    private static final List<String> KINDS = List.of("edoc", "status");

    private final String worker = "poll:" + System.getProperty("com.sun.aas.instanceName", "server") + "/"
            + UUID.randomUUID().toString().substring(0, 8);

    private final AtomicBoolean busy = new AtomicBoolean();

    @Resource
    private ManagedExecutorService executor;

    @EJB
    private PeerPolls polls;

    @EJB
    private Directory directory;

    @EJB
    private Exchange exchange;

    @EJB
    private Statuses statuses;

    @Inject
    private PacketIntake intake;

    @Inject
    private PeerSettings settings;

    @Inject
    private DeliverySettings delivery;

    /** How many copies of each kind one call lists; a full page makes the next poll come at once. */
    @Inject
    @ConfigProperty(name = "edoc.peer.poll-batch", defaultValue = "50")
    private int batch;

    @Schedule(hour = "*", minute = "*", second = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void tick() {
        if (!busy.compareAndSet(false, true)) {
            return; // the previous poll is still running
        }
        try {
            // on a managed thread without a transaction, as the push worker pushes: each boundary call is then a
            // transaction of its own, committed before the peer is told "done" (VxpPeerIT caught a confirmation sent
            // while the acceptance still waited for the timer's transaction)
            executor.submit(() -> vxpPeers().forEach(this::pollIfDue)).get();
        } catch (ExecutionException e) {
            LOG.log(Level.WARNING, "edoc: polling the VXP peers failed; tried again at the next tick", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            // the database may be away for a moment: the next tick tries again
            LOG.log(Level.WARNING, "edoc: polling the VXP peers failed; tried again at the next tick", e);
        } finally {
            busy.set(false);
        }
    }

    /** Each peer of protocol vxp that a peer route names, with its endpoint (its first route's). */
    private Map<String, String> vxpPeers() {
        Map<String, String> peers = new LinkedHashMap<>();
        for (PeerRoute route : directory.routing().peers()) {
            if (settings.speaksVxp(route.peerId())) {
                peers.putIfAbsent(route.peerId(), route.endpoint());
            }
        }
        return peers;
    }

    private void pollIfDue(String peer, String endpoint) {
        try {
            if (!polls.claim(peer, worker)) {
                return;
            }
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "edoc: another server took the poll of " + peer, e);
            return;
        }
        try {
            VxpPeerClient client = new VxpPeerClient(
                    delivery.pushTimeout(), endpoint, settings.systemId(peer), settings.secret(peer), clock);
            int taken = 0;
            boolean more = false;
            for (String kind : KINDS) {
                List<VxpPeerClient.Listed> listed = client.received(kind, batch);
                more |= listed.size() >= batch;
                Set<String> refused = polls.refusedAmong(
                        peer, listed.stream().map(VxpPeerClient.Listed::docId).toList());
                for (VxpPeerClient.Listed copy : listed) {
                    if (refused.contains(copy.docId())) {
                        continue;
                    }
                    if (!polls.renew(peer, worker)) {
                        return; // the lease ran out: another server may poll the peer now
                    }
                    take(client, peer, copy);
                    taken++;
                }
            }
            polls.succeeded(peer, worker, taken, more);
        } catch (PushFailure | RuntimeException e) {
            LOG.info(() -> "edoc: polling the VXP peer " + peer + " failed: " + e.getMessage());
            polls.failed(peer, worker, e.getMessage());
        }
    }

    /** Fetches, accepts and confirms one copy; a refusal here is recorded and answered {@code fail}. */
    private void take(VxpPeerClient client, String peer, VxpPeerClient.Listed copy) throws PushFailure {
        IncomingPacket incoming = null;
        try {
            incoming = client.fetch(copy.docId(), intake.maxBytes());
            accept(peer, copy, incoming);
        } catch (EdocException refusal) {
            polls.refused(peer, copy.docId(), refusal.code().name(), VxpReply.description(refusal));
            client.updateStatus(copy.docId(), "fail");
            return;
        } finally {
            PacketSource.delete(incoming == null ? null : incoming.file());
        }
        client.updateStatus(copy.docId(), "done");
    }

    /** Accepted as a packet the peer forwards, for the office the peer's copy is for. */
    private void accept(String peer, VxpPeerClient.Listed copy, IncomingPacket incoming) {
        Caller caller = Caller.ofPeer(peer, settings.envelopeSignatures(peer), settings.packetReading(peer));
        Forwarding forwarding = new Forwarding(
                List.of(new AxisHop(peer, copy.docId(), Instant.now(clock))),
                copy.to() == null || copy.to().isBlank()
                        ? List.of()
                        : List.of(copy.to().strip()));
        EitherKind.accept(exchange, statuses, caller, incoming, forwarding, intake.maxStatusBytes());
    }
}
