package vn.edoc.directory.control;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import vn.edoc.error.EdocException;
import vn.edoc.error.ErrorCode;
import vn.edoc.error.Problem;

/**
 * The two small routing files (docs/operators/directory.md, "Routing and peers"): {@code position,sender,recipient,effect,note} for the rules
 * and {@code code_pattern,peer_id,endpoint} for the peer routes. A file with any bad line is refused whole.
 */
public final class RoutingCsv {
    static final List<String> RULE_COLUMNS = List.of("position", "sender", "recipient", "effect", "note");
    static final List<String> PEER_COLUMNS = List.of("code_pattern", "peer_id", "endpoint");

    private static final CSVFormat FORMAT = CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setCommentMarker('#')
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .setRecordSeparator("\n")
            .get();

    private RoutingCsv() {}

    public static List<RoutingRule> readRules(String text) {
        Set<Integer> positions = new HashSet<>();
        return read(text, RULE_COLUMNS, r -> {
            int position = Integer.parseInt(r.get("position"));
            if (!positions.add(position)) {
                throw new IllegalArgumentException("position " + position + " is used twice");
            }
            return new RoutingRule(
                    position,
                    Scope.parse(r.get("sender")),
                    Scope.parse(r.get("recipient")),
                    RoutingRule.Effect.valueOf(r.get("effect").toUpperCase(Locale.ROOT)),
                    r.get("note").isEmpty() ? null : r.get("note"));
        });
    }

    public static List<PeerRoute> readPeers(String text) {
        Set<String> patterns = new HashSet<>();
        return read(text, PEER_COLUMNS, r -> {
            String pattern = r.get("code_pattern");
            if (pattern.isEmpty() || pattern.length() > 40 || !patterns.add(pattern)) {
                throw new IllegalArgumentException("code_pattern \"" + pattern + "\" is empty, too long or repeated");
            }
            String endpoint = r.get("endpoint");
            URI uri = URI.create(endpoint);
            if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme())
                    || r.get("peer_id").isEmpty()) {
                throw new IllegalArgumentException("peer_id is empty or endpoint \"" + endpoint + "\" is not http(s)");
            }
            return new PeerRoute(pattern, r.get("peer_id"), endpoint);
        });
    }

    public static void writeRules(Writer out, List<RoutingRule> rules) throws IOException {
        CSVPrinter printer = new CSVPrinter(
                out, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get());
        printer.printRecord(RULE_COLUMNS);
        for (RoutingRule r : rules) {
            printer.printRecord(r.position(), r.sender().text(), r.recipient().text(), r.effect(), r.note());
        }
        printer.flush();
    }

    public static void writePeers(Writer out, List<PeerRoute> peers) throws IOException {
        CSVPrinter printer = new CSVPrinter(
                out, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get());
        printer.printRecord(PEER_COLUMNS);
        for (PeerRoute p : peers) {
            printer.printRecord(p.codePattern(), p.peerId(), p.endpoint());
        }
        printer.flush();
    }

    private static <T> List<T> read(String text, List<String> columns, Function<CSVRecord, T> entry) {
        List<T> entries = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        try (var parser = FORMAT.parse(new StringReader(text))) {
            if (!parser.getHeaderNames().equals(columns)) {
                problems.add(new Problem(
                        ErrorCode.ROUTING_RULE_INVALID, null, 1, 1, "the header must be " + String.join(",", columns)));
            } else {
                for (CSVRecord record : parser) {
                    try {
                        entries.add(entry.apply(record));
                    } catch (RuntimeException e) { // a number, an effect, a scope or a URI that does not parse
                        problems.add(new Problem(
                                ErrorCode.ROUTING_RULE_INVALID,
                                null,
                                (int) parser.getCurrentLineNumber(),
                                -1,
                                e.getMessage()));
                    }
                }
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            problems.add(new Problem(ErrorCode.CSV_MALFORMED, null, 1, 1, 1, e.getMessage()));
        }
        if (!problems.isEmpty()) {
            throw EdocException.of(ErrorCode.DIRECTORY_FILE_INVALID, problems);
        }
        return entries;
    }
}
