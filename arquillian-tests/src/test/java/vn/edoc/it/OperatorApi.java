package vn.edoc.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The operators' HTTP API ({@code /edoc/api}), as the operator of the test domain (bin/edoc test-domain). */
final class OperatorApi {
    private static final String PASSWORD = System.getProperty("edoc.it.operator-password", "edoc-it-operator");

    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String base;

    OperatorApi(String baseUrl) {
        this.base = baseUrl + "/edoc/api/";
    }

    /** An answer: status and body. */
    record Answer(int status, String body) {}

    Answer get(String path) {
        return send(request(path, "operator", PASSWORD).GET().build());
    }

    Answer delete(String path) {
        return send(request(path, "operator", PASSWORD).DELETE().build());
    }

    Answer post(String path, String csv) {
        return send("POST", path, "text/csv; charset=utf-8", csv);
    }

    /**
     * Posts a large file as curl and SOAP stacks do: it asks whether to go on (Expect: 100-continue) and sends the body
     * only then, so a refusal that comes before the body is read reaches it.
     */
    Answer postAskingFirst(String path, String csv) {
        HttpRequest request = request(path, "operator", PASSWORD)
                .header("Content-Type", "text/csv; charset=utf-8")
                .expectContinue(true)
                .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8))
                .build();
        return send(
                request,
                java.net.http.HttpClient.newBuilder()
                        .version(java.net.http.HttpClient.Version.HTTP_1_1)
                        .build());
    }

    Answer put(String path, String csv) {
        return send("PUT", path, "text/csv; charset=utf-8", csv);
    }

    Answer postJson(String path, String json) {
        return send("POST", path, "application/json", json);
    }

    Answer putJson(String path, String json) {
        return send("PUT", path, "application/json", json);
    }

    private Answer send(String method, String path, String contentType, String body) {
        return send(request(path, "operator", PASSWORD)
                .header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build());
    }

    /** A request as a browser would send it: any method, content type and further headers (Origin, Referer). */
    Answer send(String method, String path, String contentType, String body, java.util.Map<String, String> headers) {
        HttpRequest.Builder builder = request(path, "operator", PASSWORD)
                .header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(builder::header);
        return send(builder.build());
    }

    /** A request with other credentials, or none ({@code user} null). */
    Answer getAs(String path, String user, String password) {
        return send(request(path, user, password).GET().build());
    }

    private HttpRequest.Builder request(String path, String user, String password) {
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", "vi");
        if (user != null) {
            String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            builder.header("Authorization", "Basic " + token);
        }
        return builder;
    }

    private Answer send(HttpRequest request) {
        return send(request, http);
    }

    private static Answer send(HttpRequest request, java.net.http.HttpClient client) {
        try {
            HttpResponse<String> response =
                    client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
