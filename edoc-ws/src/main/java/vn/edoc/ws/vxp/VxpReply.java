package vn.edoc.ws.vxp;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import vn.edoc.error.EdocException;
import vn.edoc.error.ErrorCode;
import vn.edoc.error.ErrorMessages;
import vn.edoc.error.Problem;

/**
 * The JSON replies of the national protocol: {@code status}, {@code ErrorCode} and {@code ErrorDesc} on every reply,
 * then the operation's fields. Every non-ASCII character is escaped ({@code \\uXXXX}): the SDK reads the {@code
 * sendEdoc} reply as US-ASCII. {@code ErrorCode} is edoc's stable error code ({@code "0"} on success) and {@code
 * ErrorDesc} its message in Vietnamese, then English, then the reader's problems one by one.
 */
public final class VxpReply {
    private static final JsonFactory JSON =
            JsonFactory.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
    /** The longest ErrorDesc: a refused packet may have many problems, the SDK prints the reply on one line. */
    private static final int MAX_DESCRIPTION = 8 * 1024;

    private VxpReply() {}

    /** The fields of a reply besides the envelope, written as a stream. */
    @FunctionalInterface
    interface Fields {
        void write(JsonGenerator json) throws IOException;
    }

    static void ok(HttpServletResponse response, Fields fields) throws IOException {
        write(response, HttpServletResponse.SC_OK, "OK", "0", "OK", fields);
    }

    static void fail(HttpServletResponse response, VxpOperation operation, EdocException refusal) throws IOException {
        write(
                response,
                httpStatus(refusal.code()),
                "FAIL",
                refusal.code().name(),
                description(refusal),
                operation == null ? json -> {} : operation::writeEmptyFields);
    }

    private static void write(
            HttpServletResponse response, int httpStatus, String status, String code, String description, Fields fields)
            throws IOException {
        response.setStatus(httpStatus);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        OutputStream out = response.getOutputStream();
        try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeStringField("status", status);
            json.writeStringField("ErrorCode", code);
            json.writeStringField("ErrorDesc", description);
            fields.write(json);
            json.writeEndObject();
        }
    }

    public static String description(EdocException refusal) {
        StringBuilder text = new StringBuilder(refusal.message(ErrorMessages.VIETNAMESE))
                .append(" / ")
                .append(refusal.message(Locale.ENGLISH));
        if (refusal.path() != null) {
            text.append(" [").append(refusal.path()).append(']');
        }
        boolean onlyItself =
                refusal.problems().size() == 1 && refusal.problems().get(0).code() == refusal.code();
        for (Problem problem : onlyItself ? java.util.List.<Problem>of() : refusal.problems()) {
            text.append(" | ").append(problem.code().name());
            if (problem.path() != null) {
                text.append(' ').append(problem.path());
            }
            if (problem.line() >= 0) {
                text.append(" (")
                        .append(problem.line())
                        .append(':')
                        .append(problem.column())
                        .append(')');
            }
            text.append(": ").append(problem.message(ErrorMessages.VIETNAMESE));
            if (text.length() > MAX_DESCRIPTION) {
                break;
            }
        }
        return text.length() > MAX_DESCRIPTION ? text.substring(0, MAX_DESCRIPTION) + " ..." : text.toString();
    }

    /** The HTTP status for people and tools that read it; the SDK reads only the JSON. */
    private static int httpStatus(ErrorCode code) {
        return switch (code) {
            case AUTHENTICATION_REQUIRED, AUTHENTICATION_FAILED -> HttpServletResponse.SC_UNAUTHORIZED;
            case OFFICE_NOT_AUTHORIZED, PROTOCOL_NOT_ALLOWED, SYSTEM_DISABLED, CLIENT_CERTIFICATE_REQUIRED ->
                HttpServletResponse.SC_FORBIDDEN;
            case PACKET_NOT_FOUND, OPERATION_UNKNOWN -> HttpServletResponse.SC_NOT_FOUND;
            case PACKET_TOO_LARGE -> HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE;
            case RATE_LIMITED -> 429;
            case DELIVERY_LEASED -> HttpServletResponse.SC_CONFLICT;
            case INTERNAL_ERROR -> HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
            case TRUST_NOT_CONFIGURED, RECEIPTS_NOT_CONFIGURED, SIGNING_NOT_CONFIGURED, SECRETS_NOT_CONFIGURED ->
                HttpServletResponse.SC_SERVICE_UNAVAILABLE;
            default -> HttpServletResponse.SC_BAD_REQUEST;
        };
    }
}
