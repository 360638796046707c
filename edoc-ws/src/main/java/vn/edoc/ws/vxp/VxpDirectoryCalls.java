package vn.edoc.ws.vxp;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import vn.edoc.directory.OfficeRecord;
import vn.edoc.directory.boundary.AgencyDetails;
import vn.edoc.directory.boundary.AgencyRequests;
import vn.edoc.directory.boundary.Directory;
import vn.edoc.directory.boundary.DirectoryChanges;
import vn.edoc.error.EdocException;
import vn.edoc.error.ErrorCode;
import vn.edoc.systems.Caller;

/**
 * The directory operations of the national protocol: the agency lists read the directory (an office's QCVN 102 code as
 * {@code code102}, its QĐ 20 code as {@code code}, its parent as {@code pid}, dissolved offices as {@code deleted},
 * the directory revision as {@code version}); {@code registerAgency} and {@code deleteAgency} record a request an
 * operator decides ({@link AgencyRequests}).
 */
final class VxpDirectoryCalls {
    /** QCVN 102's form of a code: {@code 000.00.00.H21}. The other code of an office is its QĐ 20 code. */
    private static final Pattern QCVN_102 = Pattern.compile("\\d{3}\\.\\d{2}\\.\\d{2}\\.[A-Z]\\d{2}");
    /** The depth of each level of the directory, for {@code getAgenciesListQD20}'s {@code level}. */
    private static final Map<String, Integer> DEPTH =
            Map.of("PROVINCE", 1, "DEPARTMENT", 2, "DISTRICT", 2, "COMMUNE", 3);
    /** The largest registerAgency body read: the SDK's are about a hundred bytes. */
    private static final int MAX_BODY = 64 * 1024;
    /** The SDK sends its callers' JSON verbatim, and callers write it by hand: read it leniently. */
    private static final JsonMapper LENIENT = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .enable(JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .build();

    private final Directory directory;
    private final AgencyRequests requests;

    VxpDirectoryCalls(Directory directory, AgencyRequests requests) {
        this.directory = directory;
        this.requests = requests;
    }

    /** The offices: all of them, or the page the signed headers {@code pageSize} and {@code pageIndex} ask for. */
    void agencies(VxpHeaders headers, HttpServletResponse response) throws IOException {
        List<OfficeRecord> offices = offices(headers);
        VxpReply.ok(
                response,
                json -> list(json, offices, false, office -> {
                    json.writeStringField("oldCode", nonNull(office.secondCode()));
                }));
    }

    /** The active offices at one depth of the tree ({@code level}: 1 the province, 2 departments and districts, ...). */
    void agenciesQd20(VxpHeaders headers, HttpServletResponse response) throws IOException {
        Integer depth = depth(headers.parameter("level"));
        List<OfficeRecord> offices = directory.changesAfter(0).offices().stream()
                .filter(o -> depth == null || depth.equals(DEPTH.get(o.level())))
                .toList();
        VxpReply.ok(
                response,
                json -> list(json, offices, false, office -> {
                    json.writeStringField("code102", code102(office));
                }));
    }

    /**
     * Every office by code, or one page of them when the caller says {@code pageSize} (and {@code pageIndex}, from 1),
     * as gateways do: VNPT's SDK never pages, so without them the whole directory comes, bounded by the directory's
     * own limit ({@code edoc.directory.max-offices}). Only getAgenciesList pages: a client that keeps its header map
     * (the SDK does) carries a list call's page size into its later calls, and the other lists must not shrink.
     */
    private List<OfficeRecord> offices(VxpHeaders headers) {
        Integer pageSize = number(headers.parameter("pageSize"));
        if (pageSize == null) {
            return directory.changesAfter(0).offices();
        }
        Integer pageIndex = number(headers.parameter("pageIndex"));
        return directory.officesPage(pageIndex == null ? 1 : pageIndex, pageSize);
    }

    private static Integer number(String given) {
        try {
            return given == null || given.isBlank() ? null : Integer.valueOf(given.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Every office, dissolved ones marked {@code deleted}, with the directory revision. */
    void synchronize(HttpServletResponse response) throws IOException {
        DirectoryChanges changes = directory.changesAfter(0);
        int version = (int) Math.min(Integer.MAX_VALUE, changes.revision());
        String modified = VxpWords.time(changes.changedAt());
        VxpReply.ok(
                response,
                json -> list(json, changes.offices(), true, office -> {
                    json.writeNumberField("version", version);
                    json.writeStringField("centerCode", "");
                    json.writeBooleanField("deleted", office.isDissolved());
                    json.writeStringField("modifyDate", modified);
                    json.writeBooleanField("isAgency", true);
                }));
    }

    /** Records the request to add an office, from the JSON body the caller wrote. */
    void register(Caller caller, HttpServletRequest request, HttpServletResponse response) throws IOException {
        JsonNode body = body(request);
        requests.register(
                caller,
                new AgencyDetails(
                        text(body, "code"),
                        text(body, "pcode"),
                        text(body, "name"),
                        text(body, "mail"),
                        text(body, "mobile"),
                        text(body, "fax")));
        VxpReply.ok(response, json -> {});
    }

    /** Records the request to remove the office {@code AgencyCode}. */
    void delete(Caller caller, VxpHeaders headers, HttpServletResponse response) throws IOException {
        requests.delete(caller, headers.parameter("AgencyCode"));
        VxpReply.ok(response, json -> {});
    }

    private interface Extra {
        void write(OfficeRecord office) throws IOException;
    }

    private static void list(JsonGenerator json, List<OfficeRecord> offices, boolean dissolvedToo, Extra extra)
            throws IOException {
        json.writeArrayFieldStart("data");
        for (OfficeRecord office : offices) {
            if (!dissolvedToo && !office.isActive()) {
                continue;
            }
            json.writeStartObject();
            json.writeStringField("id", office.code());
            json.writeStringField("pid", nonNull(office.parentCode()));
            json.writeStringField("code", qd20(office));
            json.writeStringField("name", office.name());
            json.writeStringField("mail", nonNull(office.contact().email()));
            extra.write(office);
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static String code102(OfficeRecord office) {
        if (office.secondCode() != null && QCVN_102.matcher(office.secondCode()).matches()) {
            return office.secondCode();
        }
        return office.code();
    }

    private static String qd20(OfficeRecord office) {
        if (office.secondCode() != null && QCVN_102.matcher(office.code()).matches()) {
            return office.secondCode();
        }
        return office.code();
    }

    private static Integer depth(String level) {
        try {
            return level == null || level.isBlank() ? null : Integer.valueOf(level.strip());
        } catch (NumberFormatException e) {
            throw new EdocException(ErrorCode.REQUEST_INVALID, "level", "level: 1, 2 or 3");
        }
    }

    private static JsonNode body(HttpServletRequest request) throws IOException {
        byte[] bytes;
        try (InputStream in = request.getInputStream()) {
            bytes = in.readNBytes(MAX_BODY + 1);
        }
        if (bytes.length > MAX_BODY) {
            throw new EdocException(ErrorCode.PACKET_TOO_LARGE, "body", ">" + MAX_BODY, MAX_BODY);
        }
        try {
            JsonNode node = LENIENT.readTree(bytes);
            if (node != null && node.isObject()) {
                return node;
            }
        } catch (IOException e) {
            // refused below, as any body that is not an object
        }
        throw new EdocException(
                ErrorCode.REQUEST_INVALID, "body", "a JSON object {\"pcode\",\"code\",\"name\",\"mail\",...}");
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        return value == null || value.isNull() || !value.isValueNode() ? null : value.asText();
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
