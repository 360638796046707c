package vn.edoc.ws.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.edoc.exchange.boundary.PushJob;
import vn.edoc.exchange.boundary.StoredBytes;
import vn.edoc.exchange.entity.PacketKind;
import vn.edoc.systems.control.HeaderSignature;

/**
 * Forwards one packet to a peer axis that speaks the national protocol (VXP): {@code sendEdoc} as VNPT's SDK sends it
 * (the packet streamed from the store and CRLF, its unpadded SHA-256 as {@code hash-file}, the parameters signed
 * with HMAC-SHA256 of this axis's secret there), {@code messagetype} {@code edoc} or {@code status}. The peer answers
 * a packet it holds already with the same DocId, so a forward repeated after a lost answer is harmless.
 */
final class VxpPeerClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("ddMMyyyy'T'HHmmss'+'SSSS");
    /** {@code delivery.forwarded_as} holds 36 characters: the national axis hands out UUIDs. */
    private static final int MAX_DOC_ID = 36;

    private final HttpClient http;
    private final Duration timeout;

    VxpPeerClient(Duration timeout) {
        this.timeout = timeout;
        this.http = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    /** Sends the packet to {@code endpoint + "/sendEdoc"} as {@code systemId}; the DocId the peer gave it. */
    String send(String endpoint, String systemId, String secret, PushJob job, StoredBytes bytes) throws PushFailure {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("XroadVnpt-systemid", systemId);
        parameters.put("XroadVnpt-servicetype", "eDoc");
        parameters.put("XroadVnpt-messagetype", job.kind() == PacketKind.STATUS ? "status" : "edoc");
        parameters.put("XroadVnpt-hash-file", unpadded(job.sha256()));
        parameters.put("XroadVnpt-from", job.senderId());
        parameters.put(
                "XroadVnpt-timestamp",
                LocalDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).format(STAMP));
        parameters.put("XroadVnpt-Content-Type", "application/octet-stream");
        String signed = compact(parameters);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(endpoint + "/sendEdoc"))
                .timeout(timeout)
                .header("Content-Type", "application/octet-stream")
                .header("User-Agent", "edoc VXP peer client")
                .header("XroadVnpt-sign-header", signed)
                .header("XroadVnpt-hash-header", HeaderSignature.of(secret, signed))
                .POST(HttpRequest.BodyPublishers.fromPublisher(
                        HttpRequest.BodyPublishers.ofInputStream(() -> new SequenceInputStream(
                                bytes.open(), new ByteArrayInputStream(new byte[] {'\r', '\n'}))),
                        bytes.size() + 2));
        parameters.forEach((key, value) -> {
            if (!key.equals("XroadVnpt-Content-Type")) {
                request.header(key, value);
            }
        });
        return docIdIn(endpoint, answer(endpoint, request.build()));
    }

    private JsonNode answer(String endpoint, HttpRequest request) throws PushFailure {
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new PushFailure(endpoint + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PushFailure(endpoint + ": interrupted", e);
        }
    }

    private static String docIdIn(String endpoint, JsonNode reply) throws PushFailure {
        String code = text(reply, "ErrorCode");
        String docId = text(reply, "DocId");
        if (!"0".equals(code) || docId == null || docId.isBlank()) {
            throw new PushFailure(
                    "the VXP peer at " + endpoint + " refused: " + code + " " + text(reply, "ErrorDesc"), null);
        }
        if (docId.length() > MAX_DOC_ID) {
            throw new PushFailure(
                    "the VXP peer at " + endpoint + " answered a DocId of " + docId.length() + " characters; at most "
                            + MAX_DOC_ID + " are kept",
                    null);
        }
        return docId;
    }

    private static String text(JsonNode reply, String field) {
        JsonNode value = reply == null ? null : reply.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String compact(Map<String, String> parameters) throws PushFailure {
        try {
            return JSON.writeValueAsString(parameters);
        } catch (IOException e) {
            throw new PushFailure("the signed headers could not be written", e);
        }
    }

    /** The SDK's form of a SHA-256: each byte in hex without zero padding. */
    private static String unpadded(String sha256Hex) {
        StringBuilder hex = new StringBuilder();
        for (byte b : HexFormat.of().parseHex(sha256Hex)) {
            hex.append(Integer.toHexString(b & 0xFF));
        }
        return hex.toString();
    }
}
