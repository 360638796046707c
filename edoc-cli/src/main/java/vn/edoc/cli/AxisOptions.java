package vn.edoc.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import vn.edoc.client.EdocClient;

/** Where the axis is and which connected system calls it (its secret from a file or the environment, never argv). */
final class AxisOptions {
    static final String SECRET_VARIABLE = "EDOC_SECRET";

    @Option(
            names = "--url",
            defaultValue = "http://localhost:8080/edoc-ws/AxisService",
            description = "the axis's SOAP endpoint (default ${DEFAULT-VALUE})")
    private URI url;

    @Option(names = "--system", required = true, description = "the connected system's id")
    private String system;

    @Option(
            names = "--secret-file",
            paramLabel = "FILE",
            description = "a file holding the system's secret (or set " + SECRET_VARIABLE + ")")
    private Path secretFile;

    EdocClient client() throws IOException {
        String secret = secretFile != null ? Files.readString(secretFile).strip() : System.getenv(SECRET_VARIABLE);
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("no secret: give --secret-file or set " + SECRET_VARIABLE);
        }
        return EdocClient.builder(url).system(system, secret).build();
    }
}
