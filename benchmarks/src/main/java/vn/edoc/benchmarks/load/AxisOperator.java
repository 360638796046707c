package vn.edoc.benchmarks.load;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import vn.edoc.directory.DirectoryCsv;
import vn.edoc.directory.OfficeRecord;

/** The operators' API of the axis under load: the directory it routes by, and the connected systems of the load. */
final class AxisOperator {
    private final URI api;
    private final String authorization;
    private final HttpClient http = HttpClient.newHttpClient();

    AxisOperator(URI base, String user, String password) {
        this.api = base.resolve("/edoc/api/");
        this.authorization =
                "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** The active offices of the axis's directory, in the directory's order. */
    List<OfficeRecord> activeOffices() throws IOException, InterruptedException {
        String csv = send(request("directory").GET().build());
        return DirectoryCsv.read(csv).lines().stream()
                .map(DirectoryCsv.Line::office)
                .filter(OfficeRecord::isActive)
                .toList();
    }

    /**
     * Registers a connected system acting for {@code scopes} with the highest rate the axis allows (the load measures the
     * axis, not its limiter), or describes an existing one again; answers a fresh secret.
     */
    String system(String systemId, List<String> scopes) throws IOException, InterruptedException {
        return system(systemId, scopes, List.of("SOAP"));
    }

    /** The same, for the protocols named (SOAP, VXP). */
    String system(String systemId, List<String> scopes, List<String> protocols)
            throws IOException, InterruptedException {
        JsonObject registration = Json.createObjectBuilder()
                .add("systemId", systemId)
                .add("name", "Tải thử (benchmark) " + systemId)
                .add("scopes", Json.createArrayBuilder(scopes))
                .add("requestsPerMinute", 1_000_000)
                .add("state", "ACTIVE")
                .add("protocols", Json.createArrayBuilder(protocols))
                .build();
        HttpResponse<String> registered =
                http.send(json("systems").POST(body(registration)).build(), HttpResponse.BodyHandlers.ofString());
        if (registered.statusCode() == 201) {
            return secretIn(registered.body());
        }
        if (!registered.body().contains("SYSTEM_EXISTS")) {
            throw new IOException("registering " + systemId + ": " + registered.statusCode() + " " + registered.body());
        }
        send(json("systems/" + systemId).PUT(body(registration)).build());
        return secretIn(send(json("systems/" + systemId + "/secret")
                .POST(HttpRequest.BodyPublishers.noBody())
                .build()));
    }

    /** The audit chain checked end to end by the axis (its JSON answer: entries, valid, where it broke). */
    String auditCheck() throws IOException, InterruptedException {
        return send(request("audit/verify").GET().build());
    }

    private static String secretIn(String answer) {
        return Json.createReader(new StringReader(answer)).readObject().getString("secret");
    }

    private static HttpRequest.BodyPublisher body(JsonObject json) {
        return HttpRequest.BodyPublishers.ofString(json.toString());
    }

    private HttpRequest.Builder json(String path) {
        return request(path).header("Content-Type", "application/json");
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(api.resolve(path)).header("Authorization", authorization);
    }

    private String send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() / 100 != 2) {
            throw new IOException(
                    request.method() + " " + request.uri() + ": " + answer.statusCode() + " " + answer.body());
        }
        return answer.body();
    }
}
