package vn.edoc.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Sends a recorded HTTP/1.1 request byte for byte over a socket and reads the answer. Only what no signature covers is
 * changed: the request line's path (the recording server listened at the root) and {@code Connection} (closed, so
 * that the answer ends with the connection).
 */
final class RawHttp {
    private RawHttp() {}

    /** The answer's status code and body (chunked transfer decoded). */
    record Answer(int status, String body) {}

    static Answer replay(String baseUrl, String pathPrefix, byte[] recorded) {
        URI uri = URI.create(baseUrl);
        byte[] request = rewritten(recorded, pathPrefix);
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            return parse(socket.getInputStream().readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] rewritten(byte[] recorded, String pathPrefix) {
        int headEnd = indexOf(recorded, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), 0);
        String head = new String(recorded, 0, headEnd, StandardCharsets.ISO_8859_1);
        String[] requestLine = head.substring(0, head.indexOf("\r\n")).split(" ");
        String rest = head.substring(head.indexOf("\r\n"))
                .replaceAll("(?i)\r\nConnection: [^\r\n]*", "\r\nConnection: close");
        String newHead = requestLine[0] + " " + pathPrefix + requestLine[1] + " " + requestLine[2] + rest;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(newHead.getBytes(StandardCharsets.ISO_8859_1));
        out.write(recorded, headEnd, recorded.length - headEnd);
        return out.toByteArray();
    }

    private static Answer parse(byte[] answer) {
        int headEnd = indexOf(answer, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), 0);
        String head = new String(answer, 0, headEnd, StandardCharsets.ISO_8859_1);
        int status = Integer.parseInt(head.split(" ")[1]);
        byte[] body = Arrays.copyOfRange(answer, headEnd + 4, answer.length);
        if (head.toLowerCase().contains("transfer-encoding: chunked")) {
            body = dechunked(body);
        }
        return new Answer(status, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] dechunked(byte[] chunked) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = 0;
        while (at < chunked.length) {
            int lineEnd = indexOf(chunked, "\r\n".getBytes(StandardCharsets.US_ASCII), at);
            String sizeLine = new String(chunked, at, lineEnd - at, StandardCharsets.US_ASCII).split(";")[0].strip();
            int size = Integer.parseInt(sizeLine, 16);
            if (size == 0) {
                break;
            }
            out.write(chunked, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = from; i + pattern.length <= data.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalArgumentException("no end of line in the HTTP message");
    }
}
