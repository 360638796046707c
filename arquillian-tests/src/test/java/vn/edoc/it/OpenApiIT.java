package vn.edoc.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The operators' API describes itself at {@code /edoc/api/openapi}: edoc's title and version, every operation with its
 * purpose and its answers (the refusal with its example, the missing credentials, the incident), HTTP Basic.
 */
@ExtendWith(ArquillianExtension.class)
class OpenApiIT {
    private static final String BASE_URL = System.getProperty("edoc.it.base-url", "http://localhost:8080");

    /** Every operation of the operators' API; one added without a description fails here. */
    private static final List<String> OPERATIONS = List.of(
            "GET /api/audit",
            "GET /api/audit/verify",
            "GET /api/deliveries",
            "POST /api/deliveries/{id}/retry",
            "POST /api/deliveries/{id}/cancel",
            "GET /api/directory",
            "POST /api/directory",
            "DELETE /api/directory/offices/{code}",
            "GET /api/directory/offices/{code}/history",
            "GET /api/directory/routing-rules",
            "PUT /api/directory/routing-rules",
            "GET /api/directory/peer-routes",
            "PUT /api/directory/peer-routes",
            "GET /api/directory/requests",
            "POST /api/directory/requests/{id}/approve",
            "POST /api/directory/requests/{id}/reject",
            "GET /api/login-locks",
            "DELETE /api/login-locks/{kind}/{name}",
            "GET /api/peer-polls",
            "GET /api/peer-polls/refusals",
            "GET /api/pin-locks",
            "DELETE /api/pin-locks/{leaderId}",
            "POST /api/retention/purge",
            "GET /api/systems",
            "POST /api/systems",
            "GET /api/systems/{id}",
            "PUT /api/systems/{id}",
            "POST /api/systems/{id}/secret",
            "GET /api/openapi");

    private final OperatorApi api = new OperatorApi(BASE_URL);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return EdocDeployment.ear();
    }

    @Test
    void everyOperationIsDescribedWithItsAnswers() throws Exception {
        OperatorApi.Answer answer = api.get("openapi?format=json");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode document = new ObjectMapper().readTree(answer.body());

        assertThat(document.at("/info/title").asText()).startsWith("edoc");
        assertThat(document.at("/info/version").asText()).matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(document.at("/servers/0/url").asText()).isEqualTo("/edoc");
        assertThat(document.at("/components/securitySchemes/operator/scheme").asText())
                .isEqualTo("basic");
        assertThat(document.at("/components/responses/refused/content/application~1json/examples")
                        .size())
                .isPositive();

        List<String> described = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fields().forEachRemaining(operation -> {
                String name = operation.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey();
                described.add(name);
                JsonNode body = operation.getValue();
                assertThat(body.path("summary").asText()).as(name).isNotBlank();
                assertThat(body.path("responses").has("401")).as(name).isTrue();
                if (!name.endsWith("/openapi")) {
                    assertThat(body.path("description").asText()).as(name).isNotBlank();
                    assertThat(body.path("responses").has("400")).as(name).isTrue();
                    assertThat(body.path("responses").has("500")).as(name).isTrue();
                }
            });
        }
        assertThat(described).containsExactlyInAnyOrderElementsOf(OPERATIONS);
    }

    @Test
    void theYamlFormIsTheDefault() {
        OperatorApi.Answer answer = api.get("openapi");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).startsWith("---").contains("openapi: 3.1.0", "/api/systems/{id}/secret");
    }
}
