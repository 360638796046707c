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
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
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
        String secret = Files.readString(
                        Path.of(System.getProperty("edoc.it.domains"), "edoc-test", "config", PEER + "-secret"))
                .strip();
        NationalAxis national = new NationalAxis(secret, 2);
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

    /** The national axis's sendEdoc: checks what the SDK's server checks; refuses the first calls as if down. */
    private static final class NationalAxis {
        final List<byte[]> accepted = new CopyOnWriteArrayList<>();
        final AtomicInteger calls = new AtomicInteger();
        final String docId = UUID.randomUUID().toString();
        private final HttpServer server;
        private final String secret;
        private final int refusals;

        NationalAxis(String secret, int refusals) throws IOException {
            this.secret = secret;
            this.refusals = refusals;
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/national/vxp/sendEdoc", this::sendEdoc);
            server.start();
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
