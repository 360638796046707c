package vn.edoc.ws.vxp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** One request of the national SDK exactly as it was recorded: request line, headers, body. */
record Capture(String name, String operation, Map<String, String> headers, byte[] body) {
    static final String SECRET = "local-test-secret";
    private static final String FOLDER = "/interop/vxp-captures/";
    private static final List<String> FILES = List.of(
            "01_getAgenciesList.raw",
            "02_getAgenciesListQD20.raw",
            "03_getSynchronizeUnit.raw",
            "04_registerAgency.raw",
            "05_deleteAgency.raw",
            "06_getReceivedEdocList.raw",
            "07_getEdoc.raw",
            "08_updateStatus.raw",
            "09_getSentEdocList.raw",
            "10_countReceiveEdoc.raw",
            "11_countReceiveStatus.raw",
            "12_downloadEdoc.raw",
            "13_sendEdoc.raw",
            "14_sendEdoc.raw",
            "15_updateStatus.raw");

    static Stream<Capture> all() {
        return FILES.stream().map(Capture::read);
    }

    static Capture read(String file) {
        try (InputStream in = Capture.class.getResourceAsStream(FOLDER + file)) {
            return parse(file, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Capture parse(String name, byte[] raw) {
        int end = indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        String head = new String(raw, 0, end, StandardCharsets.ISO_8859_1);
        String[] lines = head.split("\r\n");
        String operation = lines[0].split(" ")[1].substring(1);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(
                    lines[i].substring(0, colon), lines[i].substring(colon + 1).strip());
        }
        return new Capture(name, operation, headers, Arrays.copyOfRange(raw, end + 4, raw.length));
    }

    private static int indexOf(byte[] data, byte[] pattern) {
        outer:
        for (int i = 0; i + pattern.length <= data.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalArgumentException("no blank line after the headers");
    }

    String header(String key) {
        return headers.get(key);
    }

    @Override
    public String toString() {
        return name;
    }
}
