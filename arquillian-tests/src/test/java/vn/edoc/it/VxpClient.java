package vn.edoc.it;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A VXP client that behaves as the national SDK (SDKVXP 2.0.1) does on the wire, written from
 * {@code ../shared/docs/vxp-protocol.md}: one header map for the client object's whole life (a timestamp set once, keys
 * of earlier calls sent again), signed in Java {@code HashMap} order, {@code Expect: 100-continue} on POSTs with a body,
 * empty POST bodies, the unpadded {@code hash-file}, the file followed by CRLF, and POSTs retried when the connection
 * fails. It does not read the HTTP status: like the SDK it reads only the JSON.
 */
final class VxpClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("ddMMyyyy'T'HHmmss");

    private final String endpoint;
    private final String secret;
    private final int retries;
    private final Map<String, String> headers = new HashMap<>();
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    VxpClient(String baseUrl, String systemId, String secret) {
        this(baseUrl, systemId, secret, 2);
    }

    VxpClient(String baseUrl, String systemId, String secret, int retries) {
        this.endpoint = baseUrl + "/edoc-ws/vxp";
        this.secret = secret;
        this.retries = retries;
        LocalDateTime now = LocalDateTime.now();
        headers.put("timestamp", now.format(STAMP) + "+" + String.format("%04d", now.getNano() / 1_000_000));
        headers.put("systemid", systemId);
    }

    /** The raw reply of a call. */
    record Reply(int httpStatus, byte[] body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + new String(body, StandardCharsets.UTF_8), e);
            }
        }

        String text(String field) {
            JsonNode value = json().get(field);
            return value == null ? null : value.asText();
        }

        boolean ok() {
            return "OK".equals(text("status")) && "0".equals(text("ErrorCode"));
        }
    }

    Reply sendEdoc(byte[] file, Map<String, String> parameters) {
        return sendEdoc(file, parameters, unpaddedSha256(file));
    }

    /** {@code sendEdoc} with the {@code hash-file} given (a wrong one, for the tests of refusals). */
    Reply sendEdoc(byte[] file, Map<String, String> parameters, String hashFile) {
        headers.put("Content-Type", "application/octet-stream");
        headers.putAll(parameters);
        headers.put("hash-file", hashFile);
        byte[] body = new byte[file.length + 2];
        System.arraycopy(file, 0, body, 0, file.length);
        body[file.length] = '\r';
        body[file.length + 1] = '\n';
        return post("sendEdoc", body, false);
    }

    /** {@code sendEdoc} of a file too large to hold: streamed from disk, its hash computed as it is read. */
    Reply sendEdoc(Path file, Map<String, String> parameters) throws IOException {
        headers.put("Content-Type", "application/octet-stream");
        headers.putAll(parameters);
        headers.put("hash-file", unpaddedSha256(file));
        HttpRequest request = request("sendEdoc")
                .POST(HttpRequest.BodyPublishers.concat(
                        HttpRequest.BodyPublishers.ofFile(file),
                        HttpRequest.BodyPublishers.ofByteArray(new byte[] {'\r', '\n'})))
                .build();
        return send(request);
    }

    /** {@code getEdoc}, its base64 {@code data} decoded into {@code target} as it is read; the reply's status. */
    String getEdocInto(String docId, Path target) throws IOException {
        jsonCall(Map.of("docId", docId, "filePath", "/var/qlvb/store"));
        HttpRequest request = request("getEdoc")
                .expectContinue(true)
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build();
        Path reply = Files.createTempFile(target.getParent(), "getEdoc-", ".json");
        try {
            http.send(request, HttpResponse.BodyHandlers.ofFile(reply));
            String status = null;
            try (JsonParser json = JSON.getFactory().createParser(reply.toFile());
                    OutputStream out = Files.newOutputStream(target)) {
                for (JsonToken token = json.nextToken(); token != null; token = json.nextToken()) {
                    if (token != JsonToken.FIELD_NAME) {
                        continue;
                    }
                    String field = json.currentName();
                    json.nextToken();
                    if (field.equals("data")) {
                        json.readBinaryValue(out);
                    } else if (field.equals("status")) {
                        status = json.getText();
                    }
                }
            }
            return status;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        } finally {
            Files.deleteIfExists(reply);
        }
    }

    /** {@code downloadEdoc} into {@code target}; the HTTP status. */
    int downloadInto(String docId, Path target) throws IOException {
        jsonCall(Map.of("docId", docId, "filePath", "/var/qlvb/store"));
        try {
            return http.send(request("downloadEdoc").GET().build(), HttpResponse.BodyHandlers.ofFile(target))
                    .statusCode();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** A call of shape P0: POST without a body. */
    Reply emptyPost(String operation, Map<String, String> parameters) {
        jsonCall(parameters);
        return post(operation, new byte[0], false);
    }

    /** A call of shape P2: POST of {@code {}} with {@code Expect: 100-continue}. */
    Reply bracesPost(String operation, Map<String, String> parameters) {
        jsonCall(parameters);
        return post(operation, "{}".getBytes(StandardCharsets.UTF_8), true);
    }

    /** A call of shape PJ: the caller's JSON as the body, its top-level keys as parameters. */
    Reply jsonPost(String operation, String json) {
        jsonCall(Map.of());
        return post(operation, json.getBytes(StandardCharsets.UTF_8), true);
    }

    /** {@code downloadEdoc}: a GET without a body; the reply is the packet itself. */
    Reply download(String docId) {
        jsonCall(Map.of("docId", docId, "filePath", "/var/qlvb/store"));
        return send(request("downloadEdoc").GET().build());
    }

    private void jsonCall(Map<String, String> parameters) {
        headers.put("Content-Type", "application/json");
        headers.putAll(parameters);
    }

    private Reply post(String operation, byte[] body, boolean expectContinue) {
        HttpRequest request = request(operation)
                .expectContinue(expectContinue)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        IOException last = null;
        for (int attempt = 0; attempt <= retries; attempt++) {
            try {
                HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                return new Reply(response.statusCode(), response.body());
            } catch (IOException e) {
                last = e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("no answer from " + operation, last);
    }

    private Reply send(HttpRequest request) {
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Every header of the map, then the key list, the signed object and its HMAC, as the SDK writes them. */
    private HttpRequest.Builder request(String operation) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(endpoint + "/" + operation))
                .timeout(Duration.ofMinutes(5))
                .header("User-Agent", "JAVASDKAgent/1.0.0 XRoad/VPCP")
                .header("XroadVnpt-version", "3.0.201608");
        Map<String, String> signed = new LinkedHashMap<>();
        for (Map.Entry<String, String> header : headers.entrySet()) {
            builder.header("XroadVnpt-" + header.getKey(), header.getValue());
            if (header.getKey().equals("Content-Type")) {
                builder.header("Content-Type", header.getValue());
            }
            signed.put("XroadVnpt-" + header.getKey(), header.getValue());
        }
        String signedText = compactJson(signed);
        builder.header("XroadVnpt-sign-header-key", String.join(";", headers.keySet()));
        builder.header("XroadVnpt-sign-header", signedText);
        builder.header("XroadVnpt-hash-header", hmac(signedText));
        return builder;
    }

    private static String compactJson(Map<String, String> object) {
        try {
            return JSON.writeValueAsString(object);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private String hmac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return java.util.HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String unpaddedSha256(byte[] file) {
        try {
            return unpadded(MessageDigest.getInstance("SHA-256").digest(file));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String unpaddedSha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return unpadded(((DigestInputStream) in).getMessageDigest().digest());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Each byte as {@code Integer.toHexString(b & 0xFF)}: the SDK's form, without zero padding. */
    private static String unpadded(byte[] digest) {
        StringBuilder hex = new StringBuilder();
        for (byte b : digest) {
            hex.append(Integer.toHexString(b & 0xFF));
        }
        return hex.toString();
    }
}
