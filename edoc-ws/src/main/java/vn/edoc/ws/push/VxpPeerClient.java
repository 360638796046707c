package vn.edoc.ws.push;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import vn.edoc.error.EdocException;
import vn.edoc.exchange.boundary.IncomingPacket;
import vn.edoc.exchange.boundary.PushJob;
import vn.edoc.exchange.boundary.StoredBytes;
import vn.edoc.exchange.entity.PacketKind;
import vn.edoc.systems.control.HeaderSignature;
import vn.edoc.time.Vietnam;
import vn.edoc.ws.PacketSource;

/**
 * This axis as a client of a peer axis that speaks the national protocol (VXP), as VNPT's SDK speaks it: each call's
 * parameters signed with HMAC-SHA256 of this axis's secret there. {@code sendEdoc} streams the packet from the store
 * with CRLF after it and its unpadded SHA-256 as {@code hash-file}; the peer answers a packet it holds already with
 * the same DocId, so a forward repeated after a lost answer is harmless. {@code getReceivedEdocList}, {@code getEdoc}
 * (its base64 decoded as it streams in, into a file) and {@code updateStatus} take what the peer holds for the offices
 * here. Every answer of the peer is read as untrusted: bounded, its ids checked.
 */
final class VxpPeerClient {
    private final Clock clock;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonFactory FACTORY = JSON.getFactory();
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("ddMMyyyy'T'HHmmss'+'SSSS");
    /** {@code delivery.forwarded_as} holds 36 characters: the national axis hands out UUIDs. */
    private static final int MAX_DOC_ID = 36;
    /** The ids a peer gives the copies it lists: kept in a trace and in the refusals (100 characters). */
    private static final Pattern LISTED_DOC_ID = Pattern.compile("[A-Za-z0-9._:~-]{1,100}");
    /** A list reply is small (ids and codes); a peer that sends more is not read further. */
    private static final int MAX_LIST_BYTES = 4 * 1024 * 1024;

    private static final String ERROR_CODE = "ErrorCode";
    private static final String ERROR_DESC = "ErrorDesc";

    private final HttpClient http;
    private final Duration timeout;
    private final String endpoint;
    private final String systemId;
    private final String secret;

    VxpPeerClient(Duration timeout, String endpoint, String systemId, String secret, Clock clock) {
        this.clock = clock;
        this.timeout = timeout;
        this.endpoint = endpoint;
        this.systemId = systemId;
        this.secret = secret;
        this.http = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    /** A copy the peer holds for an office here, as its list names it. */
    record Listed(String docId, String messageType, String from, String to) {}

    /** Sends the packet to {@code endpoint + "/sendEdoc"}; the DocId the peer gave it. */
    String send(PushJob job, StoredBytes bytes) throws PushFailure {
        Map<String, String> parameters = parameters("application/octet-stream");
        parameters.put("XroadVnpt-servicetype", "eDoc");
        parameters.put("XroadVnpt-messagetype", job.kind() == PacketKind.STATUS ? "status" : "edoc");
        parameters.put("XroadVnpt-hash-file", unpadded(job.sha256()));
        parameters.put("XroadVnpt-from", job.senderId());
        HttpRequest request = signed("sendEdoc", parameters)
                .POST(HttpRequest.BodyPublishers.fromPublisher(
                        HttpRequest.BodyPublishers.ofInputStream(() -> new SequenceInputStream(
                                bytes.open(), new ByteArrayInputStream(new byte[] {'\r', '\n'}))),
                        bytes.size() + 2))
                .build();
        JsonNode reply = answer(request);
        String docId = text(reply, "DocId");
        if (!"0".equals(text(reply, ERROR_CODE)) || docId == null || docId.isBlank()) {
            throw refused(reply);
        }
        if (docId.length() > MAX_DOC_ID) {
            throw new PushFailure(
                    "the VXP peer at " + endpoint + " answered a DocId of " + docId.length() + " characters; at most "
                            + MAX_DOC_ID + " are kept",
                    null);
        }
        return docId;
    }

    /**
     * The copies the peer holds for the offices here, of {@code messageType} ({@code edoc} or {@code status}), at most
     * {@code pageSize}, in the peer's order (oldest first).
     */
    List<Listed> received(String messageType, int pageSize) throws PushFailure {
        Map<String, String> parameters = parameters("application/json");
        parameters.put("XroadVnpt-servicetype", "eDoc");
        parameters.put("XroadVnpt-messagetype", messageType);
        parameters.put("XroadVnpt-pageSize", Integer.toString(pageSize));
        JsonNode reply = answer(signed("getReceivedEdocList", parameters)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());
        if (!"0".equals(text(reply, ERROR_CODE))) {
            throw refused(reply);
        }
        JsonNode data = reply.get("data");
        List<Listed> listed = new ArrayList<>();
        if (data == null || !data.isArray()) {
            return listed;
        }
        for (JsonNode item : data) {
            String docId = text(item, "docId");
            if (docId == null || !LISTED_DOC_ID.matcher(docId).matches()) {
                throw new PushFailure("the VXP peer at " + endpoint + " listed a copy without a usable docId", null);
            }
            listed.add(new Listed(docId, text(item, "messageType"), text(item, "from"), text(item, "to")));
        }
        return listed;
    }

    /**
     * The packet of the peer's copy {@code docId} ({@code getEdoc}), decoded from base64 as it streams in into a file
     * the caller deletes; refused (PACKET_TOO_LARGE) as soon as it passes {@code maxBytes}.
     */
    IncomingPacket fetch(String docId, long maxBytes) throws PushFailure {
        Map<String, String> parameters = parameters("application/json");
        parameters.put("XroadVnpt-docId", docId);
        HttpRequest request = signed("getEdoc", parameters)
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build();
        Map<String, String> envelope = new HashMap<>();
        IncomingPacket packet = null;
        try (InputStream body = send(request);
                JsonParser json = FACTORY.createParser(body)) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                throw new PushFailure("the VXP peer at " + endpoint + " answered getEdoc with no JSON object", null);
            }
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.getCurrentName();
                JsonToken value = json.nextToken();
                if (field.equals("data") && value == JsonToken.VALUE_STRING && packet == null) {
                    packet = PacketSource.receive(out -> json.readBinaryValue(out), maxBytes);
                } else if (value.isScalarValue()) {
                    envelope.put(field, json.getValueAsString());
                } else {
                    json.skipChildren();
                }
            }
        } catch (IOException e) {
            PacketSource.delete(packet == null ? null : packet.file());
            throw new PushFailure(endpoint + "/getEdoc: " + e, e);
        } catch (EdocException e) {
            // PACKET_TOO_LARGE: the peer's packet is refused here like any packet that passes the limit
            PacketSource.delete(packet == null ? null : packet.file());
            throw e;
        }
        if (!"0".equals(envelope.get(ERROR_CODE)) || packet == null) {
            PacketSource.delete(packet == null ? null : packet.file());
            throw new PushFailure(
                    "the VXP peer at " + endpoint + " refused getEdoc " + docId + ": " + envelope.get(ERROR_CODE) + " "
                            + envelope.get(ERROR_DESC),
                    null);
        }
        return packet;
    }

    /** Tells the peer what became of its copy {@code docId}: {@code done} taken, {@code fail} refused here. */
    void updateStatus(String docId, String status) throws PushFailure {
        Map<String, String> parameters = parameters("application/json");
        parameters.put("XroadVnpt-status", status);
        parameters.put("XroadVnpt-docId", docId);
        JsonNode reply = answer(signed("updateStatus", parameters)
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build());
        if (!"0".equals(text(reply, ERROR_CODE))) {
            throw refused(reply);
        }
    }

    private Map<String, String> parameters(String contentType) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("XroadVnpt-systemid", systemId);
        parameters.put(
                "XroadVnpt-timestamp",
                LocalDateTime.now(clock.withZone(Vietnam.ZONE)).format(STAMP));
        parameters.put("XroadVnpt-Content-Type", contentType);
        return parameters;
    }

    /** The request to {@code operation} with its parameters as headers, signed as the SDK signs them. */
    private HttpRequest.Builder signed(String operation, Map<String, String> parameters) throws PushFailure {
        String signed = compact(parameters);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(endpoint + "/" + operation))
                .timeout(timeout)
                .header("Content-Type", parameters.get("XroadVnpt-Content-Type"))
                .header("User-Agent", "edoc VXP peer client")
                .header("XroadVnpt-sign-header", signed)
                .header("XroadVnpt-hash-header", HeaderSignature.of(secret, signed));
        parameters.forEach((key, value) -> {
            if (!key.equals("XroadVnpt-Content-Type")) {
                request.header(key, value);
            }
        });
        return request;
    }

    private InputStream send(HttpRequest request) throws PushFailure {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofInputStream()).body();
        } catch (IOException e) {
            throw new PushFailure(request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PushFailure(request.uri() + ": interrupted", e);
        }
    }

    private JsonNode answer(HttpRequest request) throws PushFailure {
        try (InputStream body = send(request)) {
            byte[] bytes = body.readNBytes(MAX_LIST_BYTES + 1);
            if (bytes.length > MAX_LIST_BYTES) {
                throw new PushFailure(request.uri() + ": the reply passes " + MAX_LIST_BYTES + " bytes", null);
            }
            JsonNode reply = JSON.readTree(bytes);
            if (reply == null || !reply.isObject()) {
                throw new PushFailure(request.uri() + ": the reply is not a JSON object", null);
            }
            return reply;
        } catch (IOException e) {
            throw new PushFailure(request.uri() + ": " + e, e);
        }
    }

    private PushFailure refused(JsonNode reply) {
        return new PushFailure(
                "the VXP peer at " + endpoint + " refused: " + text(reply, ERROR_CODE) + " " + text(reply, ERROR_DESC),
                null);
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
