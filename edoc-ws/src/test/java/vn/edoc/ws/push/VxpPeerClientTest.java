package vn.edoc.ws.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.edoc.edxml.Sha256;
import vn.edoc.error.EdocException;
import vn.edoc.error.ErrorCode;
import vn.edoc.exchange.boundary.IncomingPacket;
import vn.edoc.systems.control.HeaderSignature;
import vn.edoc.ws.PacketSource;

/** The VXP peer client against a peer played by an HTTP server on the loopback, its answers chosen per operation. */
class VxpPeerClientTest {
    private static final String SECRET = "peer-secret";
    private static final byte[] PACKET = "<edXML>gói tin</edXML>".getBytes(StandardCharsets.UTF_8);

    private final Map<String, String> replies = new ConcurrentHashMap<>();
    private final Map<String, String> signedHeaders = new ConcurrentHashMap<>();
    private HttpServer server;
    private VxpPeerClient client;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/vxp/", this::answer);
        server.start();
        client = new VxpPeerClient(
                Duration.ofSeconds(5),
                "http://127.0.0.1:" + server.getAddress().getPort() + "/vxp",
                "gia-lai",
                SECRET,
                java.time.Clock.fixed(java.time.Instant.parse("2026-12-07T01:30:05Z"), java.time.ZoneOffset.UTC));
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aListIsReadWithEachCopysIdsAndEveryCallIsSigned() throws PushFailure {
        replies.put(
                "getReceivedEdocList",
                "{\"status\":\"OK\",\"ErrorCode\":\"0\",\"ErrorDesc\":\"\",\"data\":["
                        + "{\"docId\":\"3f2a-uuid\",\"messageType\":\"edoc\",\"from\":\"000.00.00.G22\","
                        + "\"to\":\"000.00.00.H21\",\"status\":\"initial\"}]}");

        List<VxpPeerClient.Listed> listed = client.received("edoc", 50);

        assertThat(listed)
                .containsExactly(new VxpPeerClient.Listed("3f2a-uuid", "edoc", "000.00.00.G22", "000.00.00.H21"));
        String signed = signedHeaders.get("getReceivedEdocList");
        assertThat(signed)
                .contains("\"XroadVnpt-systemid\":\"gia-lai\"")
                .contains("\"XroadVnpt-messagetype\":\"edoc\"")
                // the SDK's time stamp, in Vietnam, from the axis's clock
                .contains("\"XroadVnpt-timestamp\":\"07122026T083005+0000\"");
    }

    @Test
    void aListThePeerRefusesIsAFailureNotAnEmptyList() {
        replies.put("getReceivedEdocList", "{\"status\":\"FAIL\",\"ErrorCode\":\"-1\",\"ErrorDesc\":\"down\"}");

        assertThatThrownBy(() -> client.received("edoc", 50))
                .isInstanceOf(PushFailure.class)
                .hasMessageContaining("-1 down");
    }

    @Test
    void aCopyIdThatCouldNotBeKeptSafelyFailsTheList() {
        replies.put(
                "getReceivedEdocList",
                "{\"status\":\"OK\",\"ErrorCode\":\"0\",\"data\":["
                        + "{\"docId\":\"../../etc passwd\",\"to\":\"000.00.00.H21\"}]}");

        assertThatThrownBy(() -> client.received("edoc", 50))
                .isInstanceOf(PushFailure.class)
                .hasMessageContaining("usable docId");
    }

    @Test
    void aFetchedPacketIsDecodedIntoAFileWithItsHash() throws Exception {
        replies.put(
                "getEdoc",
                "{\"status\":\"OK\",\"ErrorCode\":\"0\",\"ErrorDesc\":\"\",\"data\":\""
                        + Base64.getEncoder().encodeToString(PACKET) + "\"}");

        IncomingPacket packet = client.fetch("3f2a-uuid", 1_000);
        try {
            assertThat(Files.readAllBytes(packet.file())).isEqualTo(PACKET);
            assertThat(packet.size()).isEqualTo(PACKET.length);
            assertThat(packet.sha256()).isEqualTo(Sha256.of(PACKET));
            assertThat(signedHeaders.get("getEdoc")).contains("\"XroadVnpt-docId\":\"3f2a-uuid\"");
        } finally {
            PacketSource.delete(packet.file());
        }
    }

    @Test
    void aFetchedPacketLargerThanTheLimitIsRefusedAsAnyPacketIs() {
        replies.put(
                "getEdoc",
                "{\"ErrorCode\":\"0\",\"data\":\"" + Base64.getEncoder().encodeToString(PACKET) + "\"}");

        assertThatThrownBy(() -> client.fetch("3f2a-uuid", PACKET.length - 1))
                .isInstanceOf(EdocException.class)
                .extracting(e -> ((EdocException) e).code())
                .isEqualTo(ErrorCode.PACKET_TOO_LARGE);
    }

    @Test
    void aFetchThePeerRefusesIsAFailure() {
        replies.put(
                "getEdoc", "{\"status\":\"FAIL\",\"ErrorCode\":\"-3\",\"ErrorDesc\":\"no such copy\",\"data\":\"\"}");

        assertThatThrownBy(() -> client.fetch("3f2a-uuid", 1_000))
                .isInstanceOf(PushFailure.class)
                .hasMessageContaining("-3 no such copy");
    }

    @Test
    void aConfirmationThePeerDoesNotTakeIsAFailure() throws PushFailure {
        replies.put("updateStatus", "{\"status\":\"OK\",\"ErrorCode\":\"0\",\"ErrorDesc\":\"\"}");
        client.updateStatus("3f2a-uuid", "done");
        assertThat(signedHeaders.get("updateStatus")).contains("\"XroadVnpt-status\":\"done\"");

        replies.put("updateStatus", "{\"status\":\"FAIL\",\"ErrorCode\":\"-1\",\"ErrorDesc\":\"timeout\"}");
        assertThatThrownBy(() -> client.updateStatus("3f2a-uuid", "done")).isInstanceOf(PushFailure.class);
    }

    /** Answers an operation with its chosen reply, after checking the HMAC as the national axis does. */
    private void answer(HttpExchange exchange) throws IOException {
        exchange.getRequestBody().readAllBytes();
        String operation = exchange.getRequestURI().getPath().substring("/vxp/".length());
        String signed = exchange.getRequestHeaders().getFirst("XroadVnpt-sign-header");
        String hmac = exchange.getRequestHeaders().getFirst("XroadVnpt-hash-header");
        String reply = HeaderSignature.of(SECRET, signed).equals(hmac)
                ? replies.getOrDefault(operation, "{\"ErrorCode\":\"-9\",\"ErrorDesc\":\"unknown\"}")
                : "{\"ErrorCode\":\"-2\",\"ErrorDesc\":\"bad signature\"}";
        signedHeaders.put(operation, signed);
        byte[] bytes = reply.getBytes(StandardCharsets.US_ASCII);
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
