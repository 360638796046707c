package vn.edoc.ws.vxp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.edoc.error.EdocException;
import vn.edoc.error.ErrorCode;

/**
 * The replies the SDK reads: pure ASCII (it reads {@code sendEdoc}'s as US-ASCII), every envelope field present and a
 * string, every field an operation reads present on a failure too, readable by a strict and a lenient parser.
 */
class VxpReplyTest {
    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final ObjectMapper LENIENT = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES)
            .build();

    @ParameterizedTest
    @EnumSource(VxpOperation.class)
    void aFailureCarriesTheEnvelopeAndEveryFieldTheOperationReads(VxpOperation operation) throws IOException {
        RecordedResponse recorded = new RecordedResponse();
        EdocException refusal =
                new EdocException(ErrorCode.OFFICE_NOT_AUTHORIZED, "From", "sample-vxp", "000.00.02.H21");

        VxpReply.fail(recorded.response(), operation, refusal);

        JsonNode reply = parsedBothWays(recorded);
        assertThat(reply.get("status").asText()).isEqualTo("FAIL");
        assertThat(reply.get("ErrorCode").asText()).isEqualTo("OFFICE_NOT_AUTHORIZED");
        assertThat(reply.get("ErrorDesc").asText())
                .startsWith("Hệ thống kết nối sample-vxp không được đăng ký")
                .contains(" / The connected system sample-vxp");
        assertThat(recorded.status).isEqualTo(403);
        switch (operation) {
            case SEND_EDOC -> assertThat(reply.get("DocId").asText()).isEmpty();
            case GET_EDOC -> assertThat(reply.get("data").asText()).isEmpty();
            case COUNT_RECEIVE_EDOC, COUNT_RECEIVE_STATUS ->
                assertThat(reply.get("count").asInt()).isZero();
            case GET_RECEIVED_EDOC_LIST,
                    GET_SENT_EDOC_LIST,
                    GET_AGENCIES_LIST,
                    GET_AGENCIES_LIST_QD20,
                    GET_SYNCHRONIZE_UNIT ->
                assertThat(reply.get("data").isArray()).isTrue();
            default -> assertThat(reply.size()).isEqualTo(3);
        }
    }

    @Test
    void aSuccessIsOkWithCodeZeroAndVietnameseIsEscaped() throws IOException {
        RecordedResponse recorded = new RecordedResponse();

        VxpReply.ok(recorded.response(), json -> json.writeStringField("name", "Sở Nội vụ </script>"));

        String text = recorded.body.toString(StandardCharsets.US_ASCII);
        assertThat(text).contains("\\u1EDF").doesNotContain("Sở");
        JsonNode reply = parsedBothWays(recorded);
        assertThat(reply.get("status").asText()).isEqualTo("OK");
        assertThat(reply.get("ErrorCode").asText()).isEqualTo("0");
        assertThat(reply.get("ErrorDesc").isTextual()).isTrue();
        assertThat(reply.get("name").asText()).isEqualTo("Sở Nội vụ </script>");
        assertThat(recorded.contentType).isEqualTo("application/json");
    }

    @Test
    void aPacketIsWrittenAsBase64FromAStream() throws IOException {
        byte[] packet = "<edXML>Văn bản</edXML>".repeat(10_000).getBytes(StandardCharsets.UTF_8);
        RecordedResponse recorded = new RecordedResponse();

        VxpReply.ok(recorded.response(), json -> {
            json.writeFieldName("data");
            json.writeBinary(new ByteArrayInputStream(packet), -1);
        });

        assertThat(Base64.getDecoder()
                        .decode(parsedBothWays(recorded).get("data").asText()))
                .isEqualTo(packet);
    }

    @Test
    void theReaderProblemsOfARefusedPacketAreInTheDescription() throws IOException {
        EdocException refusal = EdocException.of(java.util.List.of(
                new vn.edoc.error.Problem(
                        ErrorCode.FIELD_REQUIRED, "/edXML/edXMLEnvelope/From/OrganId", 7, 9, "OrganId"),
                new vn.edoc.error.Problem(ErrorCode.DATE_INVALID, "/x/PromulgationDate", 12, 3, "30/10/2020")));

        String description = VxpReply.description(refusal);

        assertThat(description)
                .contains("FIELD_REQUIRED /edXML/edXMLEnvelope/From/OrganId (7:9)")
                .contains("DATE_INVALID /x/PromulgationDate (12:3)");
    }

    private static JsonNode parsedBothWays(RecordedResponse recorded) throws IOException {
        byte[] body = recorded.body.toByteArray();
        for (byte b : body) {
            assertThat(b & 0xFF).as("every byte ASCII").isLessThan(0x80);
        }
        JsonNode strict = STRICT.readTree(body);
        assertThat(LENIENT.readTree(new String(body, StandardCharsets.US_ASCII)))
                .isEqualTo(strict);
        return strict;
    }
}
