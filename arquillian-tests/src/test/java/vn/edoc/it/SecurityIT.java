package vn.edoc.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.edoc.client.EdocClient;
import vn.edoc.client.EdocClientException;

/**
 * What an attacker tries against the deployed axis (issue 22), each attempt with what it must meet instead. Keep it
 * growing: every hole found gets its attempt here.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityIT {
    private static final String BASE_URL = System.getProperty("edoc.it.base-url", "http://localhost:8080");
    private static final String EVIL = "https://evil.example";
    // UBND xã Ia Pnôn (Đức Cơ): nothing is sent to it
    private static final String QUIET_OFFICE = "000.09.50.H21";

    private static final String DEMO_PASSWORD = "edoc-demo";
    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final OperatorApi operator = new OperatorApi(BASE_URL);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return EdocDeployment.ear();
    }

    /**
     * A page on another site makes the operator's browser, which holds their Basic credentials, post a form whose
     * text/plain body is a directory file: refused, audited, the directory untouched.
     */
    @Test
    void aCrossSiteFormPostingADirectoryFileIsRefusedAndChangesNothing() {
        String directory = operator.get("directory").body();
        String forged = directory.replace("Sở Nội vụ tỉnh Gia Lai", "Sở Nội vụ (giả mạo)");
        assertThat(forged).isNotEqualTo(directory);

        OperatorApi.Answer asForm = operator.send("POST", "directory", "text/plain", forged, Map.of("Origin", EVIL));
        OperatorApi.Answer asPlainText = operator.send("POST", "directory", "text/plain", forged, Map.of());

        assertThat(asForm.status()).isEqualTo(403);
        assertThat(asForm.body()).contains("\"code\":\"CROSS_SITE_REQUEST\"", "Content-Type text/plain");
        assertThat(asPlainText.status())
                .as("a form's body type, whatever the origin")
                .isEqualTo(403);
        assertThat(operator.get("directory").body()).isEqualTo(directory);
        assertThat(operator.get("audit?subject=/edoc/api/directory").body()).contains("CROSS_SITE_REFUSED");
    }

    @Test
    void aChangeNamingAnotherSiteAsItsOriginOrRefererIsRefusedWhateverItsBody() {
        String empty = "code_pattern,peer_id,endpoint\n";
        String routes = operator.get("directory/peer-routes").body();

        OperatorApi.Answer byOrigin =
                operator.send("PUT", "directory/peer-routes", "text/csv", empty, Map.of("Origin", EVIL));
        OperatorApi.Answer byReferer = operator.send(
                "PUT", "directory/peer-routes", "text/csv", empty, Map.of("Referer", EVIL + "/trap.html"));
        OperatorApi.Answer sandboxed = operator.send(
                "POST", "retention/purge?before=2100-01-01T00:00:00Z", "text/csv", "", Map.of("Origin", "null"));
        OperatorApi.Answer formRetry =
                operator.send("POST", "deliveries/1/retry", "application/x-www-form-urlencoded", "", Map.of());

        assertThat(byOrigin.status()).isEqualTo(403);
        assertThat(byOrigin.body()).contains("CROSS_SITE_REQUEST", "Origin " + EVIL);
        assertThat(byReferer.status()).isEqualTo(403);
        assertThat(byReferer.body()).contains("Referer " + EVIL);
        assertThat(sandboxed.status()).isEqualTo(403);
        assertThat(formRetry.status()).isEqualTo(403);
        assertThat(operator.get("directory/peer-routes").body()).isEqualTo(routes);
    }

    @Test
    void theAxissOwnPagesAndScriptsWithoutABrowserStillChange() {
        String routes = operator.get("directory/peer-routes").body();
        String same = routes.isBlank() ? "code_pattern,peer_id,endpoint\n" : routes;

        OperatorApi.Answer ownOrigin =
                operator.send("PUT", "directory/peer-routes", "text/csv", same, Map.of("Origin", BASE_URL));
        OperatorApi.Answer script = operator.put("directory/peer-routes", same);

        assertThat(ownOrigin.status()).as(ownOrigin.body()).isEqualTo(200);
        assertThat(script.status()).as(script.body()).isEqualTo(200);
    }
    /** A page tells the browser not to guess types, not to be framed elsewhere, to load and post only here. */
    @Test
    void pagesCarryTheHeadersThatKeepABrowserFromMakingMoreOfThem() throws Exception {
        java.net.http.HttpResponse<String> page = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(BASE_URL + "/edoc/login.xhtml"))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'self'", "form-action 'self'");
        assertThat(page.headers().firstValue("X-Powered-By"))
                .as("no versions told")
                .isEmpty();
        assertThat(page.headers().firstValue("Server").orElse("")).doesNotContainIgnoringCase("payara");
        assertThat(page.headers().allValues("Set-Cookie"))
                .as("the log-in page's form starts a session")
                .filteredOn(cookie -> cookie.startsWith("JSESSIONID="))
                .isNotEmpty()
                .allSatisfy(cookie ->
                        assertThat(cookie).containsIgnoringCase("SameSite=Lax").containsIgnoringCase("HttpOnly"));
    }

    /**
     * Log-ins with names that are no account's take as long as a wrong password for a real account (the identity
     * store Jakarta Security defines answered those about three times faster, telling which names exist).
     */
    @Test
    void anUnknownNameTakesAsLongAsAWrongPassword() {
        operator.get("audit?max=1"); // warm
        long[] unknown = new long[6];
        long[] known = new long[4]; // fewer than the five that lock the name
        for (int i = 0; i < unknown.length; i++) {
            unknown[i] =
                    timedLogIn("khong-co-ai-" + UUID.randomUUID().toString().substring(0, 8), "sai-mat-khau");
        }
        for (int i = 0; i < known.length; i++) {
            known[i] = timedLogIn("vanthu.noivu", "sai-mat-khau-" + i);
        }
        assertThat(operator.getAs("audit?max=1", "vanthu.noivu", DEMO_PASSWORD).status())
                .as("the right password still opens the account: the count starts again")
                .isEqualTo(403);

        assertThat((double) median(unknown))
                .as("unknown %s ms, known %s ms", Arrays.toString(unknown), Arrays.toString(known))
                .isGreaterThanOrEqualTo(0.6 * median(known));
    }

    /**
     * Five wrong passwords lock the name, even against the right password, until the lock ends or an operator lifts
     * it; each failure and the lock are audited.
     */
    @Test
    void fiveWrongPasswordsLockTheNameUntilAnOperatorUnlocksIt() {
        for (int i = 0; i < 5; i++) {
            assertThat(operator.getAs("audit?max=1", "vanthu.pleiku", "doan-mo-" + i)
                            .status())
                    .isEqualTo(401);
        }
        OperatorApi.Answer locked = operator.getAs("audit?max=1", "vanthu.pleiku", DEMO_PASSWORD);
        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.body()).contains("LOGIN_LOCKED").contains("tạm khóa đăng nhập đến");
        assertThat(lockedNames(operator.get("login-locks").body(), "ACCOUNT")).contains("vanthu.pleiku");

        assertThat(operator.delete("login-locks/ACCOUNT/vanthu.pleiku").status())
                .isEqualTo(204);

        assertThat(operator.getAs("audit?max=1", "vanthu.pleiku", DEMO_PASSWORD).status())
                .as("a clerk again: authenticated, not allowed here")
                .isEqualTo(403);
        assertThat(operator.get("audit?subject=ACCOUNT%20vanthu.pleiku").body())
                .contains("LOGIN_LOCKED")
                .contains("LOGIN_UNLOCKED");
        assertThat(operator.get("audit?actor=vanthu.pleiku").body()).contains("LOGIN_FAILED");
    }

    /** Guessing many names from one address locks the address, for every name, until it ends or is lifted. */
    @Test
    void twentyFailuresFromOneAddressLockItForEveryName() {
        operator.get("audit?max=1"); // the operator's own call is remembered a while, lock or not
        for (int i = 0; i < 20; i++) {
            // names of any length count: one longer than the audit's actor column once failed the count with a 500
            String name = "doan-" + UUID.randomUUID().toString().substring(0, 8) + "x".repeat(i * 20);
            assertThat(operator.getAs("audit?max=1", name, "x").status()).isIn(401, 429);
        }
        assertThat(operator.getAs("audit?max=1", "vanthu.tinh", DEMO_PASSWORD).status())
                .as("even the right password of another name, from that address")
                .isEqualTo(429);
        List<String> addresses = lockedNames(operator.get("login-locks").body(), "ADDRESS");
        assertThat(addresses).hasSize(1);
        String address = addresses.get(0);

        assertThat(operator.delete("login-locks/ADDRESS/" + address).status()).isEqualTo(204);

        assertThat(operator.getAs("audit?max=1", "vanthu.tinh", DEMO_PASSWORD).status())
                .isEqualTo(403);
    }

    /**
     * A request with 50 MB inline and no credentials is refused before a byte of its body is read (413, {@code
     * INLINE_TOO_LARGE}, advising MTOM); Payara's monitoring copied such a request whole and ran out of heap.
     */
    @Test
    void aBodyTooLargeToCarryInlineIsRefusedUnread() throws Exception {
        HttpResponse<String> answer = soap(inlineEnvelope(50 * 1024 * 1024, null));

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.body()).contains("Client.INLINE_TOO_LARGE").contains("MTOM");
        assertTheAxisStillAnswers();
    }

    /** Calls without credentials are refused on their headers: their bodies are never parsed, however many. */
    @Test
    void callsWithoutCredentialsAreRefusedBeforeTheirBodiesAreParsed() throws Exception {
        byte[] envelope = inlineEnvelope(7 * 1024 * 1024, null);
        List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            calls.add(HTTP.sendAsync(soapRequest(envelope), HttpResponse.BodyHandlers.ofString()));
        }

        for (CompletableFuture<HttpResponse<String>> call : calls) {
            assertThat(call.get(60, TimeUnit.SECONDS).body()).contains("Client.AUTHENTICATION_REQUIRED");
        }
        assertTheAxisStillAnswers();
    }

    /**
     * Envelopes the XML parser refuses (a DTD, nesting too deep, a NUL) get the coded client fault ENVELOPE_INVALID and
     * one line in the log each, where they got a bare S:Server and a stack trace.
     */
    @Test
    void anEnvelopeTheParserRefusesGetsACodedClientFaultAndOneLogLine() throws Exception {
        Path log = Path.of("target", "domains", "edoc-test", "logs", "server.log");
        long before = Files.size(log);
        String envelope = "<S:Envelope xmlns:S=\"http://schemas.xmlsoap.org/soap/envelope/\"><S:Header>%s</S:Header>"
                + "<S:Body>%s<a:countPending xmlns:a=\"urn:vn:edoc:axis:v1\"/></S:Body></S:Envelope>";
        List<String> refused = List.of(
                "<?xml version=\"1.0\"?><!DOCTYPE S:Envelope [<!ENTITY e \"x\">]>" + envelope.formatted("", "&e;"),
                envelope.formatted("<x>".repeat(5_000) + "</x>".repeat(5_000), ""),
                envelope.formatted("", "\0"));

        for (String bad : refused) {
            HttpResponse<String> answer = soap(bad.getBytes(StandardCharsets.UTF_8));
            assertThat(answer.body()).as(bad.substring(0, 60)).contains("Client.ENVELOPE_INVALID");
        }
        assertTheAxisStillAnswers();
        String logged = Files.readString(log).substring((int) Math.min(before, Files.size(log)));
        assertThat(logged).doesNotContain("\tat com.sun.xml.ws").doesNotContain("Exception:");
    }

    private void assertTheAxisStillAnswers() {
        assertThat(new AxisCalls(BASE_URL).getPendingDocuments(Packets.PLEIKU)).isNotNull();
    }

    private static HttpResponse<String> soap(byte[] envelope) throws Exception {
        return HTTP.send(soapRequest(envelope), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest soapRequest(byte[] envelope) {
        return HttpRequest.newBuilder(URI.create(BASE_URL + "/edoc-ws/AxisService"))
                .header("Content-Type", "text/xml; charset=utf-8")
                .header("SOAPAction", "\"\"")
                .expectContinue(true) // as SOAP stacks do: a refusal comes before the body is sent
                .POST(HttpRequest.BodyPublishers.ofByteArray(envelope))
                .build();
    }

    /**
     * A secret written in clear on a plain HTTP call could be read off the network: refused (and never checked), while
     * the same token over TLS, and a digest with a nonce over plain HTTP, are served.
     */
    @Test
    void aSecretInClearIsTakenOnlyOverTls() throws Exception {
        String secret = TestSystems.register(BASE_URL, "it-clear-text-dms", "\"" + QUIET_OFFICE + "\"", 1000, null);
        EdocClient inClear = EdocClient.builder(URI.create(BASE_URL + "/edoc-ws/AxisService"))
                .system("it-clear-text-dms", secret)
                .passwordText()
                .build();
        EdocClient overTls = TestTls.https(null)
                .system("it-clear-text-dms", secret)
                .passwordText()
                .build();
        EdocClient digest = EdocClient.builder(URI.create(BASE_URL + "/edoc-ws/AxisService"))
                .system("it-clear-text-dms", secret)
                .build();

        assertThatThrownBy(() -> inClear.pending(QUIET_OFFICE, 10, null, null))
                .isInstanceOfSatisfying(
                        EdocClientException.class, e -> assertThat(e.code()).isEqualTo("PASSWORD_TEXT_NEEDS_TLS"));
        assertThat(overTls.pending(QUIET_OFFICE, 10, null, null).documents()).isEmpty();
        assertThat(digest.pending(QUIET_OFFICE, 10, null, null).documents()).isEmpty();
    }

    /** A call captured on the network and sent again, however soon, is refused: its nonce was used. */
    @Test
    void aCapturedCallSentAgainIsRefusedAsAReplay() {
        String captured = tokenCall(Instant.now().toString(), true, null);
        AxisCalls replayer = new AxisCalls(BASE_URL, null, null);

        assertThat(replayer.post(captured).getLocalName()).isEqualTo("getPendingDocumentsResponse");
        assertThatThrownBy(() -> replayer.post(captured))
                .isInstanceOfSatisfying(SoapFault.class, f -> assertThat(f.code).isEqualTo("TOKEN_REPLAYED"));
    }

    /** Tokens made long ago (or dated ahead), without nonce, or with a digest of another secret are refused. */
    @Test
    void staleForeignOrIncompleteTokensAreRefusedWithTheirCodes() {
        AxisCalls caller = new AxisCalls(BASE_URL, null, null);
        Instant now = Instant.now();

        assertThat(codeOf(caller, tokenCall(now.minusSeconds(600).toString(), true, null)))
                .isEqualTo("TOKEN_EXPIRED");
        assertThat(codeOf(caller, tokenCall(now.plusSeconds(600).toString(), true, null)))
                .isEqualTo("TOKEN_EXPIRED");
        assertThat(codeOf(caller, tokenCall(now.toString(), false, null))).isEqualTo("TOKEN_INVALID");
        assertThat(codeOf(caller, tokenCall(now.toString(), true, "another secret")))
                .isEqualTo("AUTHENTICATION_FAILED");
    }

    private static String codeOf(AxisCalls caller, String envelope) {
        try {
            caller.post(envelope);
            throw new AssertionError("accepted: " + envelope);
        } catch (SoapFault fault) {
            return fault.code;
        }
    }

    /**
     * A getPendingDocuments call of the province's system with a PasswordDigest token created at {@code created},
     * with a fresh nonce or none, digested with its secret or {@code otherSecret}.
     */
    private static String tokenCall(String created, boolean withNonce, String otherSecret) {
        String secret = otherSecret != null ? otherSecret : TestSystems.provinceSecret(BASE_URL);
        byte[] nonce = UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII);
        String digest = Base64.getEncoder().encodeToString(AxisCalls.passwordDigest(nonce, created, secret));
        String envelope = AxisCalls.template("get-pending-documents.xml")
                .replace("@SYSTEM_ID@", TestSystems.PROVINCE_DMS)
                .replace("@NONCE@", Base64.getEncoder().encodeToString(nonce))
                .replace("@CREATED@", created)
                .replace("@DIGEST@", digest)
                .replace("@ORGAN_ID@", QUIET_OFFICE)
                .replace("@MAX_ITEMS@", "1");
        return withNonce ? envelope : envelope.replaceAll("<wsse:Nonce[^>]*>[^<]*</wsse:Nonce>", "");
    }

    /**
     * The domains bin/edoc makes listen on the loopback only (issue 22, item 10): the applications' HTTP, the admin
     * listener, IIOP, JMS, JMX and the data grid are out of reach of another machine (here: this machine's own
     * address on its network, which another machine would use), and the loopback answers.
     */
    @Test
    void theServerListensOnTheLoopbackOnly() throws Exception {
        List<InetAddress> outside = NetworkInterface.networkInterfaces()
                .filter(i -> !isLoopback(i))
                .flatMap(NetworkInterface::inetAddresses)
                .filter(a -> a instanceof Inet4Address)
                .toList();
        assumeFalse(outside.isEmpty(), "the machine has a network address besides the loopback");

        for (InetAddress address : outside) {
            for (int port : new int[] {8080, 8181, 4848, 3700, 7676, 8686, 4900}) {
                assertThatThrownBy(() -> {
                            try (Socket socket = new Socket()) {
                                socket.connect(new InetSocketAddress(address, port), 2000);
                            }
                        })
                        .as(address + ":" + port)
                        .isInstanceOf(IOException.class);
            }
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), 8080), 2000);
            assertThat(socket.isConnected()).isTrue();
        }
    }

    private static boolean isLoopback(NetworkInterface networkInterface) {
        try {
            return networkInterface.isLoopback() || !networkInterface.isUp();
        } catch (SocketException e) {
            return true;
        }
    }

    /** A sendDocument envelope whose packet is {@code size} bytes of base64 inline; no UsernameToken when null. */
    private static byte[] inlineEnvelope(int size, String usernameToken) {
        String head = "<S:Envelope xmlns:S=\"http://schemas.xmlsoap.org/soap/envelope/\"><S:Header>"
                + (usernameToken == null ? "" : usernameToken)
                + "</S:Header><S:Body><a:sendDocument xmlns:a=\"urn:vn:edoc:axis:v1\"><a:packet>";
        String tail = "</a:packet></a:sendDocument></S:Body></S:Envelope>";
        byte[] envelope = new byte[head.length() + size + tail.length()];
        System.arraycopy(head.getBytes(StandardCharsets.US_ASCII), 0, envelope, 0, head.length());
        Arrays.fill(envelope, head.length(), head.length() + size, (byte) 'Q');
        System.arraycopy(tail.getBytes(StandardCharsets.US_ASCII), 0, envelope, head.length() + size, tail.length());
        return envelope;
    }

    private long timedLogIn(String name, String password) {
        long start = System.nanoTime();
        assertThat(operator.getAs("audit?max=1", name, password).status()).isEqualTo(401);
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** The names of {@code kind} that the login-locks answer shows locked. */
    private static List<String> lockedNames(String locks, String kind) {
        return Arrays.stream(locks.split("\\},\\{"))
                .filter(item -> item.contains("\"kind\":\"" + kind + "\"") && item.contains("\"locked\":true"))
                .map(item -> {
                    Matcher name = Pattern.compile("\"name\":\"([^\"]+)\"").matcher(item);
                    return name.find() ? name.group(1) : "";
                })
                .toList();
    }
}
