package vn.edoc.it;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Connected systems of the test domain, registered through the operators' API like an operator would. Each test JVM
 * issues itself fresh secrets, so a database switched under the domain (H2, then MariaDB) is no trouble.
 */
final class TestSystems {
    /** The province's shared document-management system: it acts for every office (scope {@code *}). */
    static final String PROVINCE_DMS = "it-province-dms";

    private static final Pattern SECRET = Pattern.compile("\"secret\"\\s*:\\s*\"([^\"]+)\"");
    private static final Map<String, String> SECRETS = new ConcurrentHashMap<>();

    private TestSystems() {}

    static String provinceSecret(String baseUrl) {
        return SECRETS.computeIfAbsent(PROVINCE_DMS, id -> register(baseUrl, id, "\"*\"", 1_000_000, null));
    }

    /**
     * Registers the system (or, when it exists, describes it again and issues a new secret) and answers its secret.
     *
     * @param scopesJson the scopes as JSON array items, such as {@code "000.00.02.H21", "000.00.41.H21/**"}
     */
    static String register(String baseUrl, String systemId, String scopesJson, int perMinute, String state) {
        return registered(
                baseUrl,
                systemId,
                "{\"systemId\":\"" + systemId + "\",\"name\":\"Test system " + systemId + "\",\"scopes\":["
                        + scopesJson + "],\"requestsPerMinute\":" + perMinute
                        + (state == null ? "" : ",\"state\":\"" + state + "\"") + "}");
    }

    /**
     * Registers a system on the national protocol (VXP) and SOAP whose packets need no XML-DSig envelope signature
     * ({@code IF_PRESENT}) and answers its secret; a system that exists is described again and issued a new secret.
     */
    static String registerVxp(String baseUrl, String systemId, String scopesJson) {
        return registered(
                baseUrl,
                systemId,
                "{\"systemId\":\"" + systemId + "\",\"name\":\"VXP test system " + systemId + "\",\"scopes\":["
                        + scopesJson + "],\"requestsPerMinute\":100000,\"protocols\":[\"VXP\",\"SOAP\"],"
                        + "\"envelopeSignatures\":\"IF_PRESENT\"}");
    }

    /** Registers a SOAP system that reads its packets strictly (warnings refuse) and answers its secret. */
    static String registerStrict(String baseUrl, String systemId, String scopesJson) {
        return registerSoap(baseUrl, systemId, scopesJson, "\"packetReading\":\"STRICT\"");
    }

    /** Registers a SOAP system whose PDF attachments must be validly signed and answers its secret. */
    static String registerRequiringPdfSignatures(String baseUrl, String systemId, String scopesJson) {
        return registerSoap(baseUrl, systemId, scopesJson, "\"pdfSignatures\":\"REQUIRED\"");
    }

    /** A SOAP system with one more registration field ({@code setting}, as JSON), at a rate no test reaches. */
    private static String registerSoap(String baseUrl, String systemId, String scopesJson, String setting) {
        return registered(
                baseUrl,
                systemId,
                "{\"systemId\":\"" + systemId + "\",\"name\":\"Test system " + systemId + "\",\"scopes\":[" + scopesJson
                        + "],\"requestsPerMinute\":100000," + setting + "}");
    }

    /** Registers the system {@code json} describes, or describes it again and issues a new secret; its secret. */
    private static String registered(String baseUrl, String systemId, String json) {
        OperatorApi operator = new OperatorApi(baseUrl);
        OperatorApi.Answer registered = operator.postJson("systems", json);
        if (registered.status() == 201) {
            return secretIn(registered);
        }
        if (!registered.body().contains("SYSTEM_EXISTS")) {
            throw new AssertionError("registering " + systemId + ": " + registered);
        }
        OperatorApi.Answer described = operator.putJson("systems/" + systemId, json);
        if (described.status() != 200) {
            throw new AssertionError("describing " + systemId + ": " + described);
        }
        return secretIn(operator.postJson("systems/" + systemId + "/secret", ""));
    }

    private static String secretIn(OperatorApi.Answer answer) {
        Matcher secret = SECRET.matcher(answer.body());
        if (!secret.find()) {
            throw new AssertionError("no secret in " + answer);
        }
        return secret.group(1);
    }
}
