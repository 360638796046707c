package vn.edoc.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.edoc.it.AxisCalls.directText;
import static vn.edoc.it.AxisCalls.text;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Element;

/**
 * edoc as a client of a national axis that speaks VXP: a copy for an office behind a peer of protocol {@code vxp} is
 * forwarded with {@code sendEdoc} as the SDK sends it (signed headers verified here with the secret the test domain
 * holds, the body the packet and CRLF, its unpadded hash), retried while the national axis answers FAIL, delivered
 * once, and the DocId it gave is the copy's {@code forwardedAs}. The national axis is played by this test
 * ({@code bin/edoc test-domain start} sets {@code edoc.peer.it-national-vxp.*}).
 */
@ExtendWith(ArquillianExtension.class)
class VxpPeerIT {
    private static final String BASE_URL = System.getProperty("edoc.it.base-url", "http://localhost:8080");
    private static final String PEER = "it-national-vxp";
    private static final String NATIONAL_OFFICE = "000.00.00.G99";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return EdocDeployment.ear();
    }

    @Test
    void aCopyBehindAVxpPeerIsForwardedWithSendEdocRetriedAndDeliveredOnce() throws Exception {
        NationalAxis national = new NationalAxis(secret(), 2);
        OperatorApi operator = new OperatorApi(BASE_URL);
        String routes = operator.get("directory/peer-routes").body();
        try {
            OperatorApi.Answer routed = operator.put(
                    "directory/peer-routes",
                    "code_pattern,peer_id,endpoint\n" + NATIONAL_OFFICE + "," + PEER + ",http://127.0.0.1:"
                            + national.port() + "/national/vxp\n");
            assertThat(routed.status()).as(routed.body()).isEqualTo(200);
            AxisCalls province = new AxisCalls(BASE_URL);
            byte[] packet = Packets.signedByProvinceTo(NATIONAL_OFFICE);
            String packetId = text(province.sendDocument(packet), "packetId");

            Element copy = await().atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(500))
                    .until(
                            () -> province.recipientTrace(Packets.PROVINCE, packetId, NATIONAL_OFFICE),
                            trace -> directText(trace, "forwardedAs") != null);

            assertThat(national.accepted).hasSize(1);
            assertThat(national.accepted.get(0)).isEqualTo(packet);
            assertThat(national.calls.get()).isEqualTo(3); // two refusals, then accepted
            assertThat(directText(copy, "forwardedAs")).isEqualTo(national.docId);
            assertThat(directText(copy, "viaPeer")).isEqualTo(PEER);
        } finally {
            operator.put("directory/peer-routes", routes.isBlank() ? "code_pattern,peer_id,endpoint\n" : routes);
            national.stop();
        }
    }

    @Test
    void whatTheNationalAxisHoldsForOfficesHereIsPolledAcceptedOnceAndConfirmedOnlyOnceStored() throws Exception {
        NationalAxis national = new NationalAxis(secret(), 0);
        OperatorApi operator = new OperatorApi(BASE_URL);
        String routes = operator.get("directory/peer-routes").body();
        AxisCalls axis = new AxisCalls(BASE_URL);
        try {
            byte[] document = Packets.placeholderSignedFrom(NATIONAL_OFFICE, Packets.PLEIKU);
            byte[] fromAnOfficeHere = Packets.placeholderSignedTo(Packets.PLEIKU);
            national.failLists(2); // down when the polls start
            national.loseFirstConfirmation(); // the first "done" is lost: the copy is listed again
            national.confirmedOnlyIf(() -> pendingFor(axis, Packets.PLEIKU, Packets.sha256(document)) == 1);
            String documentCopy = national.hold("edoc", Packets.PLEIKU, document);
            String refusedCopy = national.hold("edoc", Packets.PLEIKU, fromAnOfficeHere);
            OperatorApi.Answer routed = operator.put(
                    "directory/peer-routes",
                    "code_pattern,peer_id,endpoint\n" + NATIONAL_OFFICE + "," + PEER + ",http://127.0.0.1:"
                            + national.port() + "/national/vxp\n");
            assertThat(routed.status()).as(routed.body()).isEqualTo(200);
            Element sent = axis.sendDocument(Packets.signedByProvinceTo(NATIONAL_OFFICE));
            String forwardedId = text(sent, "packetId");
            await().atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> directText(
                                    axis.recipientTrace(Packets.PROVINCE, forwardedId, NATIONAL_OFFICE), "forwardedAs")
                            != null);

            await().atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> national.confirmed.contains(documentCopy));
            byte[] status =
                    StatusPackets.unsigned(NATIONAL_OFFICE, Packets.PROVINCE, text(sent, "documentId"), "03", null);
            String statusCopy = national.hold("status", Packets.PROVINCE, status);
            await().atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> "03"
                            .equals(directText(
                                    axis.recipientTrace(Packets.PROVINCE, forwardedId, NATIONAL_OFFICE), "progress")));
            await().atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> national.confirmed.contains(statusCopy));

            assertThat(national.storedBeforeConfirmed)
                    .as("done only once the packet is stored")
                    .isTrue();
            assertThat(pendingFor(axis, Packets.PLEIKU, Packets.sha256(document)))
                    .as("taken twice (the first done was lost), accepted once")
                    .isEqualTo(1);
            assertThat(national.fetches(documentCopy)).isEqualTo(2);
            Element pending = axis.getPendingDocuments(Packets.PLEIKU).stream()
                    .filter(p -> Packets.sha256(document).equals(text(p, "sha256")))
                    .findFirst()
                    .orElseThrow();
            assertThat(hops(axis.getTraces(Packets.PLEIKU, text(pending, "packetId"))))
                    .as("the national axis, then this one")
                    .hasSize(2)
                    .startsWith(PEER);

            assertThat(national.failed)
                    .as("a refused packet is answered fail once")
                    .containsExactly(refusedCopy);
            assertThat(national.fetches(refusedCopy))
                    .as("and never taken again")
                    .isEqualTo(1);
            assertThat(operator.get("peer-polls/refusals").body())
                    .contains(refusedCopy)
                    .contains("OFFICE_NOT_AUTHORIZED");
            assertThat(national.listGaps().get(1))
                    .as(
                            "the second failure in a row waits longer than the poll interval (1 s): %s",
                            national.listGaps())
                    .isGreaterThanOrEqualTo(1_500);
            assertThat(operator.get("peer-polls").body()).contains("\"failures\":0");
        } finally {
            operator.put("directory/peer-routes", routes.isBlank() ? "code_pattern,peer_id,endpoint\n" : routes);
            national.stop();
        }
    }

    private static String secret() throws IOException {
        return Files.readString(Path.of(System.getProperty("edoc.it.domains"), "edoc-test", "config", PEER + "-secret"))
                .strip();
    }

    private static long pendingFor(AxisCalls axis, String office, String sha256) {
        return axis.getPendingDocuments(office).stream()
                .filter(p -> sha256.equals(text(p, "sha256")))
                .count();
    }

    private static List<String> hops(Element traces) {
        return AxisCalls.children(traces, "hop").stream()
                .map(h -> text(h, "axisId"))
                .toList();
    }

    /**
     * The national axis: its sendEdoc checks what the SDK's server checks and refuses the first calls as if down; it
     * holds copies for offices behind the province's axis, lists them (FAIL while it is "down"), hands them out with
     * getEdoc and takes done and fail, each call's HMAC checked.
     */
    private static final class NationalAxis {
        final List<byte[]> accepted = new CopyOnWriteArrayList<>();
        final AtomicInteger calls = new AtomicInteger();
        final String docId = UUID.randomUUID().toString();
        final List<String> confirmed = new CopyOnWriteArrayList<>();
        final List<String> failed = new CopyOnWriteArrayList<>();
        volatile boolean storedBeforeConfirmed = true;
        private final Map<String, Held> held = new ConcurrentHashMap<>();
        private final Map<String, AtomicInteger> fetched = new ConcurrentHashMap<>();
        private final List<Long> listCalls = new CopyOnWriteArrayList<>();
        private final AtomicInteger listFailures = new AtomicInteger();
        private final AtomicBoolean loseConfirmation = new AtomicBoolean();
        private volatile java.util.function.BooleanSupplier stored = () -> true;
        private final HttpServer server;
        private final String secret;
        private final int refusals;

        private record Held(String messageType, String to, byte[] packet) {}

        NationalAxis(String secret, int refusals) throws IOException {
            this.secret = secret;
            this.refusals = refusals;
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/national/vxp/sendEdoc", this::sendEdoc);
            server.createContext("/national/vxp/getReceivedEdocList", this::getReceivedEdocList);
            server.createContext("/national/vxp/getEdoc", this::getEdoc);
            server.createContext("/national/vxp/updateStatus", this::updateStatus);
            server.start();
        }

        /** A copy for {@code to}, listed until it is confirmed; its docId. */
        String hold(String messageType, String to, byte[] packet) {
            String copy = UUID.randomUUID().toString();
            held.put(copy, new Held(messageType, to, packet));
            return copy;
        }

        void failLists(int count) {
            listFailures.set(count);
        }

        void loseFirstConfirmation() {
            loseConfirmation.set(true);
        }

        /** Checked at each done: false records that a copy was confirmed before it was stored. */
        void confirmedOnlyIf(java.util.function.BooleanSupplier check) {
            stored = check;
        }

        int fetches(String copy) {
            return fetched.getOrDefault(copy, new AtomicInteger()).get();
        }

        /** The milliseconds between one list call and the next. */
        List<Long> listGaps() {
            List<Long> gaps = new java.util.ArrayList<>();
            for (int i = 1; i < listCalls.size(); i++) {
                gaps.add(listCalls.get(i) - listCalls.get(i - 1));
            }
            return gaps;
        }

        private void getReceivedEdocList(HttpExchange exchange) throws IOException {
            if (!signedByTheProvince(exchange)) {
                reply(exchange, "{\"status\":\"FAIL\",\"ErrorCode\":\"-2\",\"ErrorDesc\":\"bad signature\"}");
                return;
            }
            String type = exchange.getRequestHeaders().getFirst("XroadVnpt-messagetype");
            if ("edoc".equals(type)) {
                listCalls.add(System.currentTimeMillis());
                if (listFailures.getAndDecrement() > 0) {
                    reply(exchange, "{\"status\":\"FAIL\",\"ErrorCode\":\"-1\",\"ErrorDesc\":\"down\"}");
                    return;
                }
            }
            StringBuilder data = new StringBuilder();
            held.forEach((copy, h) -> {
                if (h.messageType().equals(type)) {
                    data.append(data.length() == 0 ? "" : ",")
                            .append("{\"docId\":\"")
                            .append(copy)
                            .append("\",\"messageType\":\"")
                            .append(type)
                            .append("\",\"from\":\"")
                            .append(NATIONAL_OFFICE)
                            .append("\",\"to\":\"")
                            .append(h.to())
                            .append("\",\"status\":\"initial\"}");
                }
            });
            reply(exchange, "{\"status\":\"OK\",\"ErrorCode\":\"0\",\"ErrorDesc\":\"\",\"data\":[" + data + "]}");
        }

        private void getEdoc(HttpExchange exchange) throws IOException {
            exchange.getRequestBody().readAllBytes();
            String copy = exchange.getRequestHeaders().getFirst("XroadVnpt-docId");
            Held h = copy == null ? null : held.get(copy);
            if (!signedByTheProvince(exchange) || h == null) {
                reply(exchange, "{\"status\":\"FAIL\",\"ErrorCode\":\"-3\",\"ErrorDesc\":\"no such copy\"}");
                return;
            }
            fetched.computeIfAbsent(copy, c -> new AtomicInteger()).incrementAndGet();
            reply(
                    exchange,
                    "{\"status\":\"OK\",\"ErrorCode\":\"0\",\"ErrorDesc\":\"\",\"data\":\""
                            + java.util.Base64.getEncoder().encodeToString(h.packet()) + "\"}");
        }

        private void updateStatus(HttpExchange exchange) throws IOException {
            exchange.getRequestBody().readAllBytes();
            String copy = exchange.getRequestHeaders().getFirst("XroadVnpt-docId");
            String status = exchange.getRequestHeaders().getFirst("XroadVnpt-status");
            if (!signedByTheProvince(exchange) || copy == null || !held.containsKey(copy)) {
                reply(exchange, "{\"status\":\"FAIL\",\"ErrorCode\":\"-3\",\"ErrorDesc\":\"no such copy\"}");
                return;
            }
            if ("done".equals(status)) {
                if (!stored.getAsBoolean() && "edoc".equals(held.get(copy).messageType())) {
                    storedBeforeConfirmed = false;
                }
                if (loseConfirmation.getAndSet(false)) {
                    reply(exchange, "{\"status\":\"FAIL\",\"ErrorCode\":\"-1\",\"ErrorDesc\":\"timeout\"}");
                    return;
                }
                held.remove(copy);
                confirmed.add(copy);
            } else if ("fail".equals(status)) {
                failed.add(copy); // still listed, as the copy of a national axis that gives a copy back
            }
            reply(exchange, "{\"status\":\"OK\",\"ErrorCode\":\"0\",\"ErrorDesc\":\"\"}");
        }

        private boolean signedByTheProvince(HttpExchange exchange) {
            String signed = exchange.getRequestHeaders().getFirst("XroadVnpt-sign-header");
            String hmac = exchange.getRequestHeaders().getFirst("XroadVnpt-hash-header");
            return signed != null
                    && hmac(signed).equals(hmac)
                    && signed.contains("\"XroadVnpt-systemid\":\"gia-lai.edoc\"");
        }

        private static void reply(HttpExchange exchange, String json) throws IOException {
            byte[] bytes = json.getBytes(StandardCharsets.US_ASCII);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }

        int port() {
            return server.getAddress().getPort();
        }

        void stop() {
            server.stop(0);
        }

        private void sendEdoc(HttpExchange exchange) throws IOException {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String signed = exchange.getRequestHeaders().getFirst("XroadVnpt-sign-header");
            String hmac = exchange.getRequestHeaders().getFirst("XroadVnpt-hash-header");
            String reply;
            if (calls.incrementAndGet() <= refusals) {
                reply =
                        "{\"status\":\"FAIL\",\"ErrorCode\":\"-1\",\"ErrorDesc\":\"down for maintenance\",\"DocId\":\"\"}";
            } else if (!hmac(signed).equals(hmac)
                    || !signed.contains("\"XroadVnpt-systemid\":\"gia-lai.edoc\"")
                    || !signed.contains("\"XroadVnpt-hash-file\":\"" + unpaddedSha256(body) + "\"")
                    || !signed.contains("\"XroadVnpt-messagetype\":\"edoc\"")) {
                reply =
                        "{\"status\":\"FAIL\",\"ErrorCode\":\"-2\",\"ErrorDesc\":\"bad signature or hash\",\"DocId\":\"\"}";
            } else {
                accepted.add(Arrays.copyOf(body, body.length - 2));
                reply = "{\"status\":\"OK\",\"ErrorCode\":\"0\",\"ErrorDesc\":\"\",\"DocId\":\"" + docId + "\"}";
            }
            byte[] bytes = reply.getBytes(StandardCharsets.US_ASCII);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }

        private String hmac(String text) {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
                return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
            } catch (java.security.GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }

        /** The hash of the file, less the CRLF the SDK's body ends with. */
        private static String unpaddedSha256(byte[] body) {
            return VxpClient.unpaddedSha256(Arrays.copyOf(body, body.length - 2));
        }
    }
}
