package vn.edoc.benchmarks.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A document-management system sending over the national protocol (VXP) as VNPT's SDK does: {@code sendEdoc} with
 * the file and CRLF as the body, its unpadded SHA-256 as {@code hash-file}, the headers signed with HMAC-SHA256 of
 * the secret. One HTTP client per sender (the SDK opens a pool per request; keeping connections measures the axis, not
 * TCP set-up).
 */
final class VxpSender {
    private final URI endpoint;
    private final String systemId;
    private final String secret;
    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    VxpSender(URI axis, String systemId, String secret) {
        this.endpoint = axis.resolve("/edoc-ws/vxp/sendEdoc");
        this.systemId = systemId;
        this.secret = secret;
    }

    /** Sends the packet; the DocId the axis answered, or an exception with its ErrorCode. */
    String send(byte[] packet, String from) throws IOException, InterruptedException {
        String signed = "{\"XroadVnpt-systemid\":\"" + systemId + "\",\"XroadVnpt-servicetype\":\"eDoc\","
                + "\"XroadVnpt-messagetype\":\"edoc\",\"XroadVnpt-hash-file\":\"" + unpaddedSha256(packet)
                + "\",\"XroadVnpt-from\":\"" + from + "\",\"XroadVnpt-timestamp\":\"03122026T182808+0581\","
                + "\"XroadVnpt-Content-Type\":\"application/octet-stream\"}";
        byte[] body = new byte[packet.length + 2];
        System.arraycopy(packet, 0, body, 0, packet.length);
        body[packet.length] = '\r';
        body[packet.length + 1] = '\n';
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "application/octet-stream")
                .header("XroadVnpt-systemid", systemId)
                .header("XroadVnpt-sign-header", signed)
                .header("XroadVnpt-hash-header", hmac(signed))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        String reply = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.US_ASCII))
                .body();
        int at = reply.indexOf("\"DocId\":\"");
        if (!reply.contains("\"ErrorCode\":\"0\"") || at < 0) {
            throw new IOException("sendEdoc refused: " + reply);
        }
        return reply.substring(at + 9, reply.indexOf('"', at + 9));
    }

    private String hmac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String unpaddedSha256(byte[] packet) {
        try {
            StringBuilder hex = new StringBuilder();
            for (byte b : MessageDigest.getInstance("SHA-256").digest(packet)) {
                hex.append(Integer.toHexString(b & 0xFF));
            }
            return hex.toString();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
