package vn.edoc.ws.vxp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import vn.edoc.error.EdocException;
import vn.edoc.error.ErrorCode;
import vn.edoc.systems.SignedHeaders;

/**
 * The headers of a VXP call. The SDK signs a JSON object of its parameters ({@code XroadVnpt-sign-header}) and sends
 * each parameter as a header too; only the signed object counts here: parameters are read from it, after the
 * connected systems verified its HMAC over the string exactly as received. A client object keeps every key of its
 * earlier calls (a stale {@code docId} or {@code status} arrives on a list call): each operation reads only the keys it
 * needs.
 */
final class VxpHeaders {
    static final String PREFIX = "XroadVnpt-";
    static final String SIGN_HEADER = PREFIX + "sign-header";
    /** The longest signed header string read: the SDK's are a few hundred bytes. */
    static final int MAX_SIGNED_LENGTH = 16 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SignedHeaders credentials;
    private Map<String, String> parameters;

    private VxpHeaders(SignedHeaders credentials) {
        this.credentials = credentials;
    }

    static VxpHeaders of(HttpServletRequest request) {
        String signed = request.getHeader(SIGN_HEADER);
        if (signed != null && signed.length() > MAX_SIGNED_LENGTH) {
            signed = null; // not the SDK's: refused as unauthenticated rather than parsed
        }
        return new VxpHeaders(new SignedHeaders(
                request.getHeader(PREFIX + "systemid"), signed, request.getHeader(PREFIX + "hash-header")));
    }

    /** What the connected systems judge. */
    SignedHeaders credentials() {
        return credentials;
    }

    /**
     * The signed parameter {@code key} (without the prefix), or null. Called only once the call is authenticated: a
     * signed object that is not JSON of strings, or that names another system, is refused.
     */
    String parameter(String key) {
        return parameters().get(key);
    }

    private Map<String, String> parameters() {
        if (parameters == null) {
            parameters = parse(credentials.signedText(), credentials.systemId());
        }
        return parameters;
    }

    static Map<String, String> parse(String signedText, String systemId) {
        JsonNode object;
        try {
            object = JSON.readTree(signedText);
        } catch (JsonProcessingException e) {
            throw new EdocException(ErrorCode.REQUEST_INVALID, SIGN_HEADER, "sign-header: a JSON object of strings");
        }
        if (object == null || !object.isObject()) {
            throw new EdocException(ErrorCode.REQUEST_INVALID, SIGN_HEADER, "sign-header: a JSON object of strings");
        }
        Map<String, String> parameters = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String key = field.getKey().startsWith(PREFIX) ? field.getKey().substring(PREFIX.length()) : field.getKey();
            parameters.put(
                    key, field.getValue().isValueNode() ? field.getValue().asText() : null);
        }
        // the HMAC binds the object to the secret of the system named in the header: it must name the same system
        if (!systemId.strip().equals(parameters.get("systemid"))) {
            throw new EdocException(ErrorCode.AUTHENTICATION_FAILED, SIGN_HEADER);
        }
        return parameters;
    }
}
