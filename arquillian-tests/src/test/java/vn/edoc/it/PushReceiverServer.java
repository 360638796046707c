package vn.edoc.it;

import jakarta.activation.DataHandler;
import jakarta.jws.WebService;
import jakarta.xml.ws.Endpoint;
import jakarta.xml.ws.WebServiceException;
import jakarta.xml.ws.soap.MTOM;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import vn.edoc.contract.push.v1.PacketKind;
import vn.edoc.contract.push.v1.PushReceiver;

/**
 * Plays the document-management systems of offices that receive by push: one endpoint per office, built on the push
 * contract's generated interface and published from the test JVM. Each office's system behaves as the test says (fail
 * a number of times, never answer yes, hold the first call) and keeps what it took, by packetId, as a real one would.
 */
final class PushReceiverServer implements AutoCloseable {
    /** How one office's system answers. */
    enum Behaviour {
        TAKES,
        /** Takes it after a third of a second, as a busy system would: a push worker's round lasts a while. */
        SLOW_TAKES,
        FAILS_TWICE_THEN_TAKES,
        ALWAYS_FAILS,
        /** Holds the first call until released, then fails it: the caller died meanwhile (crash test). */
        HOLDS_FIRST_CALL
    }

    /** One call the axis made. */
    record Call(String office, String packetId, int attempt) {}

    private final int port = freePort();
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final List<Endpoint> endpoints = new CopyOnWriteArrayList<>();
    private final Map<String, Endpoint> published = new ConcurrentHashMap<>();
    private final Map<String, Behaviour> behaviours = new ConcurrentHashMap<>();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    /** What each office holds: packetId to bytes. */
    private final Map<String, Map<String, byte[]>> held = new ConcurrentHashMap<>();

    private final CountDownLatch firstCallArrived = new CountDownLatch(1);
    private final CountDownLatch releaseFirstCall = new CountDownLatch(1);

    /** Publishes the endpoint of {@code office} and returns its address (for the directory). */
    String endpointFor(String office, Behaviour behaviour) {
        behaviours.put(office, behaviour);
        held.put(office, new ConcurrentHashMap<>());
        String address = "http://127.0.0.1:" + port + "/push/" + office;
        publish(office, address);
        return address;
    }

    private void publish(String office, String address) {
        Endpoint endpoint = Endpoint.create(new OfficeSystem(this, office));
        endpoint.setExecutor(threads); // a held call must not stop the others
        endpoint.publish(address);
        endpoints.add(endpoint);
        published.put(office, endpoint);
    }

    /** The office's endpoint goes away (HTTP 404 at its address) until {@link #reachable} brings it back. */
    void unreachable(String office) {
        published.remove(office).stop();
    }

    void reachable(String office) {
        publish(office, "http://127.0.0.1:" + port + "/push/" + office);
    }

    /** Switches an office's system to another behaviour (a recipient that came back). */
    void behave(String office, Behaviour behaviour) {
        behaviours.put(office, behaviour);
    }

    List<Call> callsTo(String office) {
        return calls.stream().filter(c -> c.office().equals(office)).toList();
    }

    Map<String, byte[]> heldBy(String office) {
        return held.get(office);
    }

    boolean awaitFirstHeldCall(long seconds) throws InterruptedException {
        return firstCallArrived.await(seconds, TimeUnit.SECONDS);
    }

    void releaseHeldCall() {
        releaseFirstCall.countDown();
    }

    @Override
    public void close() {
        releaseHeldCall();
        endpoints.forEach(Endpoint::stop);
        threads.shutdownNow();
    }

    @WebService(
            serviceName = "PushService",
            portName = "PushReceiverPort",
            targetNamespace = "urn:vn:edoc:push:v1",
            endpointInterface = "vn.edoc.contract.push.v1.PushReceiver")
    @MTOM
    public static final class OfficeSystem implements PushReceiver {
        private final PushReceiverServer server;
        private final String office;

        OfficeSystem(PushReceiverServer server, String office) {
            this.server = server;
            this.office = office;
        }

        @Override
        public boolean receivePacket(
                String packetId,
                PacketKind kind,
                String senderId,
                String recipientId,
                String documentId,
                String sha256,
                int attempt,
                DataHandler packet) {
            int before = server.callsTo(office).size();
            server.calls.add(new Call(office, packetId, attempt));
            switch (server.behaviours.get(office)) {
                case ALWAYS_FAILS -> throw new WebServiceException("hệ thống QLVBĐH đang bảo trì");
                case FAILS_TWICE_THEN_TAKES -> {
                    if (before < 2) {
                        throw new WebServiceException("hệ thống QLVBĐH quá tải, lần " + (before + 1));
                    }
                }
                case HOLDS_FIRST_CALL -> {
                    if (before == 0) {
                        server.holdUntilReleased();
                        throw new WebServiceException("the caller died while this call was held");
                    }
                }
                case TAKES -> {
                    // takes it
                }
                case SLOW_TAKES -> pause(Duration.ofMillis(300));
            }
            byte[] bytes = read(packet);
            if (!Packets.sha256(bytes).equals(sha256) || !recipientId.equals(office)) {
                throw new WebServiceException("not the packet announced: " + packetId);
            }
            server.held.get(office).putIfAbsent(packetId, bytes); // held already: answered again, kept once
            return true;
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void holdUntilReleased() {
        firstCallArrived.countDown();
        try {
            releaseFirstCall.await(120, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static byte[] read(DataHandler packet) {
        try (InputStream in = packet.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
