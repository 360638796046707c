package vn.edoc.directory;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;
import vn.edoc.directory.DirectoryCsv.Column;
import vn.edoc.error.ErrorCode;
import vn.edoc.error.Problem;

/** Reads one line of a directory file into an office, collecting a problem for each bad field. */
final class LineReader {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    // several numbers are common ("0269 3824 123 - 3824 124"); letters and formulas are not numbers
    private static final Pattern PHONE = Pattern.compile("[0-9 +().\\-/,;]*[0-9][0-9 +().\\-/,;]*");
    private static final Pattern HOST = Pattern.compile(
            "[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+(:[0-9]{1,5})?(/\\S*)?");
    private static final Map<Column, Integer> MAX_LENGTH = Map.ofEntries(
            Map.entry(Column.NAME, 200),
            Map.entry(Column.KIND, 50),
            Map.entry(Column.LEVEL, 20),
            Map.entry(Column.ORGANIZATION_IN_CHARGE, 200),
            Map.entry(Column.ADDRESS, 300),
            Map.entry(Column.EMAIL, 100),
            Map.entry(Column.TELEPHONE, 50),
            Map.entry(Column.FAX, 50),
            Map.entry(Column.WEBSITE, 200),
            Map.entry(Column.PUSH_ENDPOINT, 500));

    private final CSVRecord record;
    private final Map<Column, Integer> header;
    private final int line;
    private final List<Problem> problems = new ArrayList<>();

    LineReader(CSVRecord record, Map<Column, Integer> header, int line) {
        this.record = record;
        this.header = header;
        this.line = line;
    }

    List<Problem> problems() {
        return problems;
    }

    /** The office of this line; meaningful only when there are no problems. */
    OfficeRecord office() {
        int columns = header.values().stream().mapToInt(i -> i + 1).max().orElse(0);
        if (record.size() != columns) {
            problems.add(new Problem(ErrorCode.CSV_FIELD_COUNT, null, line, 1, record.size(), columns));
            return null;
        }
        String code = code(Column.CODE, true);
        OfficeRecord.Contact contact = new OfficeRecord.Contact(
                text(Column.ORGANIZATION_IN_CHARGE, false),
                text(Column.ADDRESS, false),
                email(),
                phone(Column.TELEPHONE),
                phone(Column.FAX),
                website());
        LocalDate validFrom = date(Column.VALID_FROM);
        LocalDate validTo = date(Column.VALID_TO);
        if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
            add(ErrorCode.VALIDITY_REVERSED, Column.VALID_TO, validFrom, validTo);
        }
        Reception reception = choice(Column.RECEIVES, Reception.class, Reception.PULL);
        String pushEndpoint = pushEndpoint(reception);
        return new OfficeRecord(
                code == null ? "" : code,
                code(Column.SECOND_CODE, false),
                text(Column.NAME, true),
                text(Column.KIND, true),
                text(Column.LEVEL, true),
                code(Column.PARENT_CODE, false),
                contact,
                choice(Column.STATE, OfficeState.class, OfficeState.ACTIVE),
                validFrom,
                validTo,
                successors(),
                reception,
                pushEndpoint,
                flag(Column.SAMPLE));
    }

    private String raw(Column column) {
        Integer index = header.get(column);
        if (index == null) {
            return null;
        }
        String value = Spreadsheets.read(record.get(index).strip());
        return value.isEmpty() ? null : value;
    }

    private String text(Column column, boolean required) {
        String value = raw(column);
        if (value == null) {
            if (required) {
                add(ErrorCode.FIELD_REQUIRED, column, column.header());
            }
            return null;
        }
        Integer max = MAX_LENGTH.get(column);
        if (max != null && value.length() > max) {
            add(ErrorCode.FIELD_TOO_LONG, column, column.header(), value.length(), max);
        }
        return value;
    }

    private String code(Column column, boolean required) {
        String value = text(column, required);
        if (value != null && !OrganCode.isValid(value)) {
            add(ErrorCode.OFFICE_CODE_INVALID, column, column.header(), value);
        }
        return value;
    }

    private String email() {
        String value = text(Column.EMAIL, false);
        if (value != null && !EMAIL.matcher(value).matches()) {
            add(ErrorCode.EMAIL_INVALID, Column.EMAIL, value);
        }
        return value;
    }

    private String phone(Column column) {
        String value = text(column, false);
        if (value != null && !PHONE.matcher(value).matches()) {
            add(ErrorCode.PHONE_INVALID, column, column.header(), value);
        }
        return value;
    }

    /** An http(s) address or a bare host name: a page may show it as a link, never a {@code javascript:} one. */
    private String website() {
        String value = text(Column.WEBSITE, false);
        if (value == null) {
            return null;
        }
        String lower = value.toLowerCase(java.util.Locale.ROOT);
        String rest = lower.startsWith("https://")
                ? value.substring(8)
                : lower.startsWith("http://") ? value.substring(7) : value;
        if (!HOST.matcher(rest).matches()) {
            add(ErrorCode.WEBSITE_INVALID, Column.WEBSITE, value);
        }
        return value;
    }

    private LocalDate date(Column column) {
        String value = raw(column);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            add(ErrorCode.CSV_DATE_INVALID, column, column.header(), value);
            return null;
        }
    }

    private <E extends Enum<E>> E choice(Column column, Class<E> type, E absent) {
        String value = raw(column);
        if (value == null) {
            return absent;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            add(ErrorCode.VALUE_NOT_ALLOWED, column, column.header(), value, Arrays.toString(type.getEnumConstants()));
            return absent;
        }
    }

    private boolean flag(Column column) {
        String value = raw(column);
        if (value == null || value.equalsIgnoreCase("false")) {
            return false;
        }
        if (!value.equalsIgnoreCase("true")) {
            add(ErrorCode.VALUE_NOT_ALLOWED, column, column.header(), value, "[true, false]");
        }
        return true;
    }

    private List<String> successors() {
        String value = raw(Column.SUCCESSORS);
        if (value == null) {
            return List.of();
        }
        List<String> codes = new ArrayList<>();
        for (String part : value.split(Pattern.quote(DirectoryCsv.SUCCESSOR_SEPARATOR))) {
            String code = part.strip();
            if (!OrganCode.isValid(code)) {
                add(ErrorCode.OFFICE_CODE_INVALID, Column.SUCCESSORS, Column.SUCCESSORS.header(), code);
            } else if (!codes.contains(code)) {
                codes.add(code);
            }
        }
        return codes;
    }

    private String pushEndpoint(Reception reception) {
        String value = text(Column.PUSH_ENDPOINT, false);
        boolean needed = reception == Reception.PUSH;
        if ((value == null && needed) || (value != null && !isHttpUrl(value))) {
            add(ErrorCode.PUSH_ENDPOINT_INVALID, Column.PUSH_ENDPOINT, value == null ? "" : value);
        }
        return value;
    }

    private static boolean isHttpUrl(String value) {
        try {
            URI uri = new URI(value);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private void add(ErrorCode code, Column column, Object... arguments) {
        int index = header.getOrDefault(column, -1);
        problems.add(new Problem(code, column.header(), line, index + 1, arguments));
    }
}
