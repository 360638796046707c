package vn.edoc.web.operator;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;

class DashboardPageTest {
    @Test
    void anOfficeNamedToCloseTheScriptLeavesTheChartsScriptIntact() {
        var labels = Json.createArrayBuilder().add("UBND xã </script><script>alert(document.cookie)</script>");
        var datasets = Json.createArrayBuilder()
                .add(Json.createObjectBuilder()
                        .add("data", Json.createArrayBuilder().add(3)));

        String chart = DashboardPage.chart("bar", labels, datasets, false);

        assertThat(chart).doesNotContainIgnoringCase("</script").doesNotContain("<");
    }
}
