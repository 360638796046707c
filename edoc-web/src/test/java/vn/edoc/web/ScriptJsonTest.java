package vn.edoc.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class ScriptJsonTest {
    private static final String HOSTILE = "UBND xã </script><script>alert('x')</script> & \u2028 \"Ia\"";

    @Test
    void aNameThatWouldCloseTheScriptIsWrittenWithNoAngleBracketAndReadsBackTheSame() {
        JsonObject chart = Json.createObjectBuilder()
                .add("labels", Json.createArrayBuilder().add(HOSTILE))
                .build();

        String written = ScriptJson.of(chart);

        assertThat(written).doesNotContain("<", ">", "&", "'", "\u2028").contains("\\u003c/script\\u003e");
        JsonObject read = Json.createReader(new StringReader(written)).readObject();
        assertThat(read.getJsonArray("labels").getString(0)).isEqualTo(HOSTILE);
    }

    @Test
    void plainJsonIsWrittenAsItIs() {
        JsonObject chart =
                Json.createObjectBuilder().add("type", "bar").add("n", 3).build();

        assertThat(ScriptJson.of(chart)).isEqualTo(chart.toString());
    }
}
