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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.edoc.exchange.boundary.PushJob;
import vn.edoc.exchange.boundary.PushQueue;
import vn.edoc.exchange.boundary.StoredBytes;
import vn.edoc.exchange.control.DeliverySettings;

/**
 * The push worker of this server: every second it claims due copies ({@code edoc.push.parallel} at a time), pushes
 * them side by side (to an office's endpoint, or forwarded to a peer axis) and records each outcome. Every server of a cluster runs one; the claims keep them apart. Its
 * name is new at each start, so a restarted server never mistakes the leases of the one that died for its own.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class PushDispatcher {
    private static final Logger LOG = Logger.getLogger(PushDispatcher.class.getName());
    /** Claims per tick at most, so that a tick ends and a large backlog is shared with the other servers. */
    private static final int MAX_ROUNDS = 50;

    private final String worker = "push:" + System.getProperty("com.sun.aas.instanceName", "server") + "/"
            + UUID.randomUUID().toString().substring(0, 8);

    private final AtomicBoolean busy = new AtomicBoolean();

    @EJB
    private PushQueue queue;

    @Inject
    private PushClient client;

    @Inject
    private PeerForwarder forwarder;

    @Resource
    private ManagedExecutorService executor;

    @Inject
    private DeliverySettings delivery;

    @Schedule(hour = "*", minute = "*", second = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void tick() {
        if (!busy.compareAndSet(false, true)) {
            return; // the previous tick is still pushing
        }
        try {
            for (int round = 0; round < MAX_ROUNDS; round++) {
                List<PushJob> jobs = queue.claimDue(worker, delivery.parallel());
                if (jobs.isEmpty()) {
                    return;
                }
                List<Future<?>> pushes = new ArrayList<>();
                jobs.forEach(job -> pushes.add(executor.submit(() -> push(job))));
                awaitAll(pushes);
            }
        } catch (RuntimeException e) {
            // the database may be away for a moment: the leases bring the claimed copies back
            LOG.log(Level.WARNING, "edoc: push round failed; retried at the next tick", e);
        } finally {
            busy.set(false);
        }
    }

    /** Pushes to the office's endpoint, or forwards to the peer axis for a copy behind one. */
    private void push(PushJob job) {
        long started = System.nanoTime();
        Optional<StoredBytes> bytes = queue.bytesOf(job.packetId());
        String peerPacketId = null;
        try {
            if (bytes.isEmpty()) {
                throw new PushFailure("PACKET_PURGED: the packet's bytes were purged after the retention period", null);
            }
            if (job.peer() == null) {
                client.push(job, bytes.get());
            } else {
                peerPacketId = forwarder.forward(job, bytes.get());
            }
        } catch (PushFailure e) {
            LOG.info(() -> "edoc: push " + job.attemptNo() + " of " + job.packetId() + " to " + job.recipientId()
                    + " failed: " + e.getMessage());
            queue.failed(job, since(started), e.getMessage());
            return;
        }
        if (peerPacketId == null) {
            queue.delivered(job, since(started));
        } else {
            queue.forwarded(job, since(started), peerPacketId);
        }
    }

    private static void awaitAll(List<Future<?>> pushes) {
        for (Future<?> push : pushes) {
            try {
                push.get();
            } catch (ExecutionException e) {
                LOG.log(Level.WARNING, "edoc: recording a push failed; its lease brings it back", e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static Duration since(long started) {
        return Duration.ofNanos(System.nanoTime() - started);
    }
}
