package vn.edoc.directory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import vn.edoc.error.EdocException;
import vn.edoc.error.ErrorCode;
import vn.edoc.error.Problem;

/**
 * The directory's file format (documented in docs/operators/directory.md): UTF-8 CSV (RFC 4180: comma, double quotes), a header line
 * naming the columns in any order, one office per line; lines starting with {@code #} are comments. Required columns: {@code code, name, kind, level}; the others
 * may be left out, and an existing office then keeps its values in them. Dates are {@code yyyy-MM-dd}; several successors are separated by {@code |}.
 *
 * <p>Reading never stops at the first error: every problem is collected with its line and column, so that a clerk
 * fixes the whole file at once.
 */
public final class DirectoryCsv {
    /** The columns, in the order the export writes them. */
    public enum Column {
        CODE,
        SECOND_CODE,
        NAME,
        KIND,
        LEVEL,
        PARENT_CODE,
        ORGANIZATION_IN_CHARGE,
        ADDRESS,
        EMAIL,
        TELEPHONE,
        FAX,
        WEBSITE,
        STATE,
        VALID_FROM,
        VALID_TO,
        SUCCESSORS,
        RECEIVES,
        PUSH_ENDPOINT,
        SAMPLE;

        /** The name in the header line. */
        public String header() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    static final Set<Column> REQUIRED = Set.of(Column.CODE, Column.NAME, Column.KIND, Column.LEVEL);

    /** Separates several successors inside one field. */
    public static final String SUCCESSOR_SEPARATOR = "|";

    private static final CSVFormat FORMAT = CSVFormat.RFC4180
            .builder()
            .setIgnoreEmptyLines(true)
            .setCommentMarker('#')
            .setRecordSeparator("\n")
            .get();

    private DirectoryCsv() {}

    /** One office read from a line of the file. */
    public record Line(int number, OfficeRecord office) {}

    /**
     * The offices read, and every problem found (the offices of lines with problems are left out).
     *
     * @param columns where each column of the header is (0-based)
     */
    public record Parsed(List<Line> lines, List<Problem> problems, Map<Column, Integer> columns) {
        public Parsed {
            lines = List.copyOf(lines);
            problems = List.copyOf(problems);
            columns = Map.copyOf(columns);
        }

        /**
         * The file with each existing office's values in the columns the file leaves out: a file of only
         * {@code code,name,...} renames without erasing contacts. New offices keep the defaults.
         */
        public Parsed completedFrom(Map<String, OfficeRecord> existing) {
            List<Line> completed = lines.stream()
                    .map(l -> existing.containsKey(l.office().code())
                            ? new Line(
                                    l.number(),
                                    complete(l.office(), existing.get(l.office().code())))
                            : l)
                    .toList();
            return new Parsed(completed, problems, columns);
        }

        private OfficeRecord complete(OfficeRecord read, OfficeRecord known) {
            OfficeRecord.Contact c = read.contact();
            OfficeRecord.Contact k = known.contact();
            return new OfficeRecord(
                    read.code(),
                    pick(Column.SECOND_CODE, read.secondCode(), known.secondCode()),
                    read.name(),
                    read.kind(),
                    read.level(),
                    pick(Column.PARENT_CODE, read.parentCode(), known.parentCode()),
                    new OfficeRecord.Contact(
                            pick(Column.ORGANIZATION_IN_CHARGE, c.organizationInCharge(), k.organizationInCharge()),
                            pick(Column.ADDRESS, c.address(), k.address()),
                            pick(Column.EMAIL, c.email(), k.email()),
                            pick(Column.TELEPHONE, c.telephone(), k.telephone()),
                            pick(Column.FAX, c.fax(), k.fax()),
                            pick(Column.WEBSITE, c.website(), k.website())),
                    pick(Column.STATE, read.state(), known.state()),
                    pick(Column.VALID_FROM, read.validFrom(), known.validFrom()),
                    pick(Column.VALID_TO, read.validTo(), known.validTo()),
                    pick(Column.SUCCESSORS, read.successors(), known.successors()),
                    pick(Column.RECEIVES, read.reception(), known.reception()),
                    pick(Column.PUSH_ENDPOINT, read.pushEndpoint(), known.pushEndpoint()),
                    pick(Column.SAMPLE, read.sample(), known.sample()));
        }

        private <T> T pick(Column column, T read, T known) {
            return columns.containsKey(column) ? read : known;
        }

        /** The 1-based column number of {@code column} in this file, or -1 when the file lacks it. */
        public int columnNumber(Column column) {
            return columns.getOrDefault(column, -2) + 1;
        }
    }

    /** Reads a whole file. */
    public static Parsed read(InputStream in) throws IOException {
        return read(in, Integer.MAX_VALUE);
    }

    /**
     * Reads a whole file of at most {@code maxRecords} offices; one more is refused (DIRECTORY_FILE_TOO_LARGE) as soon
     * as it is met, so that a flood of lines, good or bad, is never all held as offices or problems.
     */
    public static Parsed read(InputStream in, int maxRecords) throws IOException {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(in.readAllBytes()))
                    .toString();
        } catch (CharacterCodingException e) {
            return new Parsed(
                    List.of(), List.of(new Problem(ErrorCode.CSV_MALFORMED, null, 1, 1, 1, "not UTF-8")), Map.of());
        }
        return read(text.startsWith("\uFEFF") ? text.substring(1) : text, maxRecords);
    }

    /** Reads a whole file's text. */
    public static Parsed read(String text) {
        return read(text, Integer.MAX_VALUE);
    }

    private static Parsed read(String text, int maxRecords) {
        LineIndex lines = new LineIndex(text);
        List<Problem> problems = new ArrayList<>();
        List<Line> read = new ArrayList<>();
        Map<Column, Integer> header = Map.of();
        try (CSVParser parser = CSVParser.builder()
                .setFormat(FORMAT)
                .setReader(new java.io.StringReader(text))
                .get()) {
            var records = parser.iterator();
            if (!records.hasNext()) {
                missing(problems, Column.CODE);
                return new Parsed(read, problems, header);
            }
            header = header(records.next(), problems);
            if (!problems.isEmpty()) {
                return new Parsed(read, problems, header);
            }
            for (int count = 1; records.hasNext(); count++) {
                CSVRecord record = records.next();
                if (count > maxRecords) {
                    throw new EdocException(
                            ErrorCode.DIRECTORY_FILE_TOO_LARGE,
                            "file",
                            "more than " + maxRecords + " lines",
                            maxRecords + " lines");
                }
                int line = lines.lineOf(record.getCharacterPosition());
                LineReader fields = new LineReader(record, header, line);
                OfficeRecord office = fields.office();
                problems.addAll(fields.problems());
                if (fields.problems().isEmpty()) {
                    read.add(new Line(line, office));
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            int line = lines.lineCount();
            problems.add(new Problem(ErrorCode.CSV_MALFORMED, null, line, 1, line, reason(e)));
        }
        return new Parsed(read, problems, header);
    }

    private static String reason(Exception e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    private static Map<Column, Integer> header(CSVRecord names, List<Problem> problems) {
        Map<Column, Integer> header = new java.util.EnumMap<>(Column.class);
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).strip().toLowerCase(Locale.ROOT);
            Column column = Arrays.stream(Column.values())
                    .filter(c -> c.header().equals(name))
                    .findFirst()
                    .orElse(null);
            if (column == null || header.containsKey(column)) {
                problems.add(new Problem(ErrorCode.CSV_HEADER_INVALID, name, 1, i + 1, 1, name, allColumns()));
            } else {
                header.put(column, i);
            }
        }
        REQUIRED.stream().filter(c -> !header.containsKey(c)).sorted().forEach(c -> missing(problems, c));
        return header;
    }

    private static void missing(List<Problem> problems, Column column) {
        problems.add(
                new Problem(ErrorCode.CSV_HEADER_INVALID, column.header(), 1, 1, 0, column.header(), allColumns()));
    }

    private static String allColumns() {
        return Arrays.stream(Column.values()).map(Column::header).collect(Collectors.joining(", "));
    }

    /** Writes offices in the file format, every column present; reading the result gives the same offices. */
    public static void write(Writer out, Iterable<OfficeRecord> offices) throws IOException {
        CSVPrinter printer = new CSVPrinter(out, FORMAT);
        printer.printRecord(Arrays.stream(Column.values()).map(Column::header).toList());
        for (OfficeRecord office : offices) {
            printer.printRecord(
                    fields(office).stream().map(Spreadsheets::written).toList());
        }
        printer.flush();
    }

    private static List<String> fields(OfficeRecord o) {
        OfficeRecord.Contact c = o.contact();
        return Arrays.asList(
                o.code(),
                o.secondCode(),
                o.name(),
                o.kind(),
                o.level(),
                o.parentCode(),
                c.organizationInCharge(),
                c.address(),
                c.email(),
                c.telephone(),
                c.fax(),
                c.website(),
                o.state().name(),
                date(o.validFrom()),
                date(o.validTo()),
                String.join(SUCCESSOR_SEPARATOR, o.successors()),
                o.reception().name(),
                o.pushEndpoint(),
                Boolean.toString(o.sample()));
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    /** Maps character offsets to 1-based line numbers. */
    private static final class LineIndex {
        private final String text;
        private final int[] starts;

        LineIndex(String text) {
            this.text = text;
            List<Integer> found = new ArrayList<>(List.of(0));
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    found.add(i + 1);
                }
            }
            starts = found.stream().mapToInt(Integer::intValue).toArray();
        }

        /**
         * The line where the record at {@code offset} starts. The parser reports a record that follows comment or
         * empty lines at the first of them, so those are skipped.
         */
        int lineOf(long offset) {
            int at = Arrays.binarySearch(starts, (int) offset);
            int line = at >= 0 ? at : -at - 2;
            while (line + 1 < starts.length && isSkipped(starts[line])) {
                line++;
            }
            return line + 1;
        }

        private boolean isSkipped(int start) {
            return start >= text.length()
                    || text.charAt(start) == '#'
                    || text.charAt(start) == '\n'
                    || text.charAt(start) == '\r';
        }

        int lineCount() {
            return starts.length;
        }
    }
}
