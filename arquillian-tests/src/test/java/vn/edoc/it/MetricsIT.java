package vn.edoc.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An operator's Prometheus scrapes {@code /metrics}: after a packet is accepted and another refused, edoc's own
 * counters have moved, and the gauges of what waits are there with the recipient's level.
 */
@ExtendWith(ArquillianExtension.class)
class MetricsIT {
    private static final String BASE_URL = System.getProperty("edoc.it.base-url", "http://localhost:8080");
    // Sở Tài chính tỉnh Gia Lai, a department
    private static final String RECIPIENT = "000.00.03.H21";

    private final AxisCalls axis = new AxisCalls(BASE_URL);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return EdocDeployment.ear();
    }

    @Test
    void theCountersMoveAndTheGaugesShowWhatWaits() throws Exception {
        String before = scrape();
        double accepted = value(before, "edoc_packets_accepted_total", "protocol=\"SOAP\"");
        double refused = value(before, "edoc_packets_refused_total", "code=\"PACKET_NOT_WELL_FORMED\"");
        double receipts = value(before, "edoc_receipts_signed_total", "kind=\"ACCEPTED\"");

        axis.sendDocument(Packets.signedByProvinceTo(RECIPIENT));
        assertThatThrownBy(() -> axis.sendDocument("<edXML".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isInstanceOf(SoapFault.class);

        String after = scrape();
        assertThat(value(after, "edoc_packets_accepted_total", "protocol=\"SOAP\""))
                .isEqualTo(accepted + 1);
        assertThat(value(after, "edoc_packets_refused_total", "code=\"PACKET_NOT_WELL_FORMED\""))
                .isEqualTo(refused + 1);
        assertThat(value(after, "edoc_receipts_signed_total", "kind=\"ACCEPTED\""))
                .isEqualTo(receipts + 1);
        assertThat(after)
                .containsPattern("edoc_acceptance_seconds_count\\{[^}]*protocol=\"SOAP\"")
                .contains("edoc_copies_oldest_waiting_age_seconds", "edoc_audit_waiting", "edoc_pin_locks")
                .containsPattern("edoc_directory_revision\\{[^}]*\\} [1-9]");
        // the gauges are read at most every few seconds: the new copy shows within that
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (value(scrape(), "edoc_copies_waiting", "state=\"WAITING\"") < 1 && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }
        assertThat(value(scrape(), "edoc_copies_waiting", "state=\"WAITING\"")).isGreaterThanOrEqualTo(1);
    }

    /** Every series the operators' Grafana dashboard queries is one edoc exposes. */
    @Test
    void theDashboardQueriesOnlyWhatTheAxisExposes() throws Exception {
        // one refusal, so that the refusals' series exists too
        assertThatThrownBy(() -> axis.sendDocument(new byte[] {'x'})).isInstanceOf(SoapFault.class);
        String exposition = scrape();
        String dashboard =
                java.nio.file.Files.readString(java.nio.file.Path.of("..", "docs", "operators", "grafana-edoc.json"));

        Matcher names = Pattern.compile("edoc_[a-z_]+").matcher(dashboard);
        java.util.Set<String> queried = new java.util.TreeSet<>();
        while (names.find()) {
            queried.add(names.group());
        }
        assertThat(queried)
                .hasSizeGreaterThan(10)
                .allSatisfy(name ->
                        assertThat(exposition).as(name).containsPattern("(?m)^" + Pattern.quote(name) + "[{ ]"));
    }

    private static String scrape() throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(BASE_URL + "/metrics?scope=application"))
                                .header("Accept", "text/plain")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    /** The sum of the samples of {@code name} whose labels contain {@code label} (0 when none yet). */
    private static double value(String exposition, String name, String label) {
        Matcher samples = Pattern.compile("(?m)^" + Pattern.quote(name) + "\\{([^}]*)\\} (\\S+)")
                .matcher(exposition);
        double sum = 0;
        while (samples.find()) {
            if (samples.group(1).contains(label)) {
                sum += Double.parseDouble(samples.group(2));
            }
        }
        return sum;
    }
}
