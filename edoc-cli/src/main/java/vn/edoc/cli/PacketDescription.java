package vn.edoc.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import vn.edoc.edxml.model.Attachment;
import vn.edoc.edxml.model.Business;
import vn.edoc.edxml.model.BusinessDocType;
import vn.edoc.edxml.model.Code;
import vn.edoc.edxml.model.DocumentPacket;
import vn.edoc.edxml.model.DocumentType;
import vn.edoc.edxml.model.ManifestReference;
import vn.edoc.edxml.model.MessageHeader;
import vn.edoc.edxml.model.Organization;
import vn.edoc.edxml.model.OtherInfo;
import vn.edoc.edxml.model.PromulgationInfo;
import vn.edoc.edxml.model.SignerInfo;
import vn.edoc.edxml.model.StaffInfo;
import vn.edoc.edxml.model.TraceHeader;
import vn.edoc.edxml.model.TraceHeaderList;
import vn.edoc.time.Vietnam;

/**
 * A document packet described in a properties file (UTF-8): header fields, numbered recipients ({@code to.1.organId})
 * and attachment files ({@code attachment.1.file}, relative to the description). docs/integrators/edxml.md lists every key.
 */
final class PacketDescription {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu/MM/dd");
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu/MM/dd HH:mm:ss");
    private static final ZoneId VIETNAM = Vietnam.ZONE;

    private final Properties values;
    private final Path directory;

    private PacketDescription(Properties values, Path directory) {
        this.values = values;
        this.directory = directory;
    }

    static PacketDescription load(Path file) throws IOException {
        Properties values = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            values.load(reader);
        }
        return new PacketDescription(values, file.toAbsolutePath().getParent());
    }

    DocumentPacket toPacket() throws IOException {
        List<Attachment> attachments = new AttachmentFiles(values, directory).attachments();
        List<ManifestReference> manifest = attachments.stream()
                .map(a -> new ManifestReference(a.contentId(), a.contentType(), a.description(), a.attachmentName()))
                .toList();
        return new DocumentPacket(header(), traces(), manifest, attachments);
    }

    private MessageHeader header() {
        Organization from = office("from");
        LocalDate date = date("promulgation.date");
        Code code = new Code(get("code.number"), get("code.notation"));
        // OrganId,yyyy/MM/dd,Number/Notation as the standard forms it, unless the description gives one
        String documentId = values.getProperty(
                "documentId", from.organId() + "," + (date == null ? "" : DATE.format(date)) + "," + code);
        return new MessageHeader(
                from,
                numbered("to").stream().map(n -> office("to." + n)).toList(),
                documentId,
                code,
                new PromulgationInfo(get("promulgation.place"), date),
                new DocumentType(integer("documentType.type"), get("documentType.detail"), get("documentType.name")),
                get("subject"),
                get("content"),
                new SignerInfo(get("signer.competence"), get("signer.position"), get("signer.fullName")),
                date("dueDate"),
                otherInfo(),
                List.of(),
                integer("steeringType"),
                numbered("toPlaces").stream().map(n -> get("toPlaces." + n)).toList());
    }

    private OtherInfo otherInfo() {
        if (get("priority") == null && get("pageAmount") == null && get("promulgationAmount") == null) {
            return null;
        }
        return new OtherInfo(
                integer("priority"),
                get("sphereOfPromulgation"),
                get("typerNotation"),
                integer("promulgationAmount"),
                integer("pageAmount"),
                null,
                List.of());
    }

    private TraceHeaderList traces() {
        Organization from = office("from");
        String at = get("trace.timestamp");
        LocalDateTime timestamp = at == null
                ? LocalDateTime.now(VIETNAM).truncatedTo(ChronoUnit.SECONDS)
                : LocalDateTime.parse(at, TIMESTAMP);
        BusinessDocType type = BusinessDocType.ofCode(values.getProperty("business.docType", "0"))
                .orElseThrow(() -> new IllegalArgumentException("business.docType must be 0, 1, 2 or 3"));
        StaffInfo staff = get("staff.name") == null && get("staff.department") == null
                ? null
                : new StaffInfo(
                        get("staff.department"),
                        null,
                        get("staff.name"),
                        null,
                        get("staff.mobile"),
                        get("staff.email"));
        Business business = new Business(
                get("business.documentId"), type, get("business.reason"), integer("paper"), null, List.of(), staff);
        return new TraceHeaderList(List.of(new TraceHeader(from.organId(), timestamp)), business);
    }

    private Organization office(String prefix) {
        return new Organization(
                get(prefix + ".organId"),
                get(prefix + ".organizationInCharge"),
                get(prefix + ".organName"),
                get(prefix + ".address"),
                get(prefix + ".email"),
                get(prefix + ".telephone"),
                null,
                get(prefix + ".website"));
    }

    /** The numbers n of the keys {@code prefix.n...}, in order. */
    private List<Integer> numbered(String prefix) {
        return numbered(values, prefix);
    }

    static List<Integer> numbered(Properties values, String prefix) {
        List<Integer> numbers = new ArrayList<>();
        for (int n = 1; values.stringPropertyNames().stream().anyMatch(startsWith(prefix + "." + n)); n++) {
            numbers.add(n);
        }
        return numbers;
    }

    private static java.util.function.Predicate<String> startsWith(String key) {
        return name -> name.equals(key) || name.startsWith(key + ".");
    }

    private String get(String key) {
        String value = values.getProperty(key);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private Integer integer(String key) {
        String value = get(key);
        return value == null ? null : Integer.valueOf(value);
    }

    private LocalDate date(String key) {
        String value = get(key);
        return value == null ? null : LocalDate.parse(value, DATE);
    }
}
