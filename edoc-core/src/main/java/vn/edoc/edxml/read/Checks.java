package vn.edoc.edxml.read;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import vn.edoc.error.ErrorCode;
import vn.edoc.error.Problem;
import vn.edoc.error.Severity;

/**
 * Reads fields out of the tree and records what is wrong with them. Every method returns {@code null} for a value that
 * is absent or wrong, so binding goes on and every problem of a packet is found in one pass. A problem whose meaning
 * is kept (a date in another common form, an informational field left empty or written too long) is a warning and the
 * method returns the value the model uses; the table "What the reader forgives" in docs/integrators/edxml.md lists the rules.
 */
final class Checks {
    /** ND30 Phụ lục VI lengths, with OrganId widened to 35 by QCVN 102 SĐ1:2022. */
    static final int ORGAN_ID_MAX = 35;

    static final int DOCUMENT_ID_MAX = 100;

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("uuuu/MM/dd").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("uuuu/MM/dd HH:mm:ss").withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern ORGAN_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    // The date part of a DocumentId is checked for its form only: it names a document another system numbered, and
    // real packets carry such names with impossible dates (2014/02/30 in the national SDK's samples).
    private static final Pattern DOCUMENT_ID = Pattern.compile(
            "([A-Za-z0-9][A-Za-z0-9._-]{0,34}),(\\d{4}/\\d{2}/\\d{2}),([^/,\\s][^/,]{0,10})/(\\S[^,]{0,29})");

    private final List<Problem> problems;
    private final int maxText;

    Checks(List<Problem> problems, int maxText) {
        this.problems = problems;
        this.maxText = maxText;
    }

    void add(ErrorCode code, String path, XmlNode at, Object... arguments) {
        problems.add(new Problem(code, path, at.line, at.column, arguments));
    }

    /** A warning: the field's meaning was kept, as {@code normalised} ({@code null}: the field is left out). */
    void warn(ErrorCode code, String path, XmlNode at, String normalised, Object... arguments) {
        problems.add(Problem.warning(code, path, at.line, at.column, normalised, arguments));
    }

    /** The one child known by one of {@code spellings} (the first is canonical), or {@code null}; repeats are flagged. */
    XmlNode one(XmlNode parent, String path, Set<String> spellings, String canonical, boolean required) {
        if (parent == null) {
            return null;
        }
        List<XmlNode> found = parent.children(spellings);
        if (found.isEmpty()) {
            if (required) {
                add(ErrorCode.FIELD_REQUIRED, path + "/" + canonical, parent, canonical);
            }
            return null;
        }
        for (XmlNode repeat : found.subList(1, found.size())) {
            add(ErrorCode.FIELD_REPEATED, path + "/" + repeat.name, repeat, repeat.name);
        }
        return found.get(0);
    }

    XmlNode one(XmlNode parent, String path, String name, boolean required) {
        return one(parent, path, Set.of(name), name, required);
    }

    List<XmlNode> many(XmlNode parent, String name) {
        return parent == null ? List.of() : parent.children(Set.of(name));
    }

    /**
     * The text of child {@code name}, a field other fields or decisions depend on: missing when required is an error;
     * longer than its ND30 length {@code max} a warning, read as its first {@code max} characters (the stored packet
     * keeps it whole; the axis's columns are ND30's lengths).
     */
    String text(XmlNode parent, String path, String name, int max, boolean required) {
        XmlNode node = one(parent, path, name, required);
        return node == null ? null : text(node, path + "/" + name, max, required);
    }

    /** The text of {@code node} itself, as {@link #text(XmlNode, String, String, int, boolean)}. */
    String text(XmlNode node, String path, int max, boolean required) {
        return field(node, path, max, required ? Severity.ERROR : null, Severity.WARNING);
    }

    String text(XmlNode parent, String path, String name, boolean required) {
        return text(parent, path, name, Integer.MAX_VALUE, required);
    }

    /**
     * The text of child {@code name}, a field that informs a reader and decides nothing (a signer's name, an address,
     * an appendix): the standard may require it, but missing or empty it is a warning, read as absent.
     */
    String note(XmlNode parent, String path, String name, int max, boolean required) {
        XmlNode node = parent == null ? null : one(parent, path, name, false);
        if (node == null) {
            if (parent != null && required) {
                warn(ErrorCode.FIELD_REQUIRED, path + "/" + name, parent, null, name);
            }
            return null;
        }
        return note(node, path + "/" + name, max, required);
    }

    String note(XmlNode node, String path, int max, boolean required) {
        return field(node, path, max, required ? Severity.WARNING : null, Severity.WARNING);
    }

    String note(XmlNode parent, String path, String name, boolean required) {
        return note(parent, path, name, Integer.MAX_VALUE, required);
    }

    /** The text of {@code node}, a name or number that identifies something: too long is an error, never cut. */
    String exact(XmlNode node, String path, int max, boolean required) {
        return field(node, path, max, required ? Severity.ERROR : null, Severity.ERROR);
    }

    String exact(XmlNode parent, String path, String name, int max, boolean required) {
        XmlNode node = one(parent, path, name, required);
        return node == null ? null : exact(node, path + "/" + name, max, required);
    }

    /**
     * The text of {@code node}. {@code empty} weighs a missing value ({@code null}: optional), {@code tooLong} one over
     * the field's length. The reader's own limit on any text is a safety bound, never forgiven.
     */
    private String field(XmlNode node, String path, int max, Severity empty, Severity tooLong) {
        String value = node.text();
        if (value == null) {
            if (empty == Severity.ERROR) {
                add(ErrorCode.FIELD_REQUIRED, path, node, node.name);
            } else if (empty == Severity.WARNING) {
                warn(ErrorCode.FIELD_REQUIRED, path, node, null, node.name);
            }
            return null;
        }
        int length = value.codePointCount(0, value.length());
        if (length > maxText) {
            add(ErrorCode.FIELD_TOO_LONG, path, node, node.name, length, maxText);
            return null;
        }
        if (length > max) {
            if (tooLong == Severity.ERROR) {
                add(ErrorCode.FIELD_TOO_LONG, path, node, node.name, length, max);
                return null;
            }
            // read as the text is read: without the white space the cut may leave at its end
            String cut = value.substring(0, value.offsetByCodePoints(0, max)).strip();
            warn(ErrorCode.FIELD_TOO_LONG, path, node, cut, node.name, length, max);
            return cut;
        }
        return value;
    }

    /** A date written {@code yyyy/MM/dd}; the other forms real packets use are read with a warning. */
    LocalDate date(XmlNode parent, String path, String name, boolean required) {
        String value = exact(parent, path, name, 40, required);
        if (value == null) {
            return null;
        }
        try {
            return DATE.parse(value, LocalDate::from);
        } catch (DateTimeParseException e) {
            XmlNode node = one(parent, path, name, false);
            Optional<LocalDate> forgiven = ForgivenTimes.date(value);
            if (forgiven.isPresent()) {
                warn(ErrorCode.DATE_INVALID, path + "/" + name, node, DATE.format(forgiven.get()), name, value);
                return forgiven.get();
            }
            add(ErrorCode.DATE_INVALID, path + "/" + name, node, name, value);
            return null;
        }
    }

    /** A time written {@code yyyy/MM/dd HH:mm:ss}; ISO 8601 and the other common forms are read with a warning. */
    LocalDateTime timestamp(XmlNode parent, String path, String name, boolean required) {
        String value = exact(parent, path, name, 40, required);
        if (value == null) {
            return null;
        }
        try {
            return TIMESTAMP.parse(value, LocalDateTime::from);
        } catch (DateTimeParseException e) {
            XmlNode node = one(parent, path, name, false);
            Optional<LocalDateTime> forgiven = ForgivenTimes.timestamp(value);
            if (forgiven.isPresent()) {
                LocalDateTime second = forgiven.get().truncatedTo(ChronoUnit.SECONDS);
                warn(ErrorCode.TIMESTAMP_INVALID, path + "/" + name, node, TIMESTAMP.format(second), name, value);
                return second;
            }
            add(ErrorCode.TIMESTAMP_INVALID, path + "/" + name, node, name, value);
            return null;
        }
    }

    Integer number(XmlNode parent, String path, String name, int maxDigits, boolean required) {
        String value = text(parent, path, name, required);
        if (value == null) {
            return null;
        }
        if (value.length() > maxDigits || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            add(ErrorCode.NUMBER_INVALID, path + "/" + name, one(parent, path, name, false), name, value, maxDigits);
            return null;
        }
        return Integer.valueOf(value);
    }

    /** A number that only informs (a page count): not a number is a warning, read as absent. */
    Integer numberNote(XmlNode parent, String path, String name, int maxDigits) {
        String value = note(parent, path, name, false);
        if (value == null) {
            return null;
        }
        if (value.length() > maxDigits || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            XmlNode node = one(parent, path, name, false);
            warn(ErrorCode.NUMBER_INVALID, path + "/" + name, node, null, name, value, maxDigits);
            return null;
        }
        return Integer.valueOf(value);
    }

    /** A code-list value that only informs (a priority): an unknown value is a warning, read as absent. */
    String codedNote(XmlNode parent, String path, String name, List<String> allowed) {
        String value = note(parent, path, name, false);
        if (value != null && !allowed.contains(value)) {
            XmlNode node = one(parent, path, name, false);
            warn(ErrorCode.VALUE_NOT_ALLOWED, path + "/" + name, node, null, name, value, String.join(", ", allowed));
            return null;
        }
        return value;
    }

    Integer codedNumberNote(XmlNode parent, String path, String name, List<String> allowed) {
        String value = codedNote(parent, path, name, allowed);
        return value == null ? null : Integer.valueOf(value);
    }

    /** The text of child {@code name} when it is one of {@code allowed}. */
    String coded(XmlNode parent, String path, String name, List<String> allowed, boolean required) {
        String value = text(parent, path, name, required);
        if (value != null && !allowed.contains(value)) {
            XmlNode node = one(parent, path, name, false);
            add(ErrorCode.VALUE_NOT_ALLOWED, path + "/" + name, node, name, value, String.join(", ", allowed));
            return null;
        }
        return value;
    }

    Integer codedNumber(XmlNode parent, String path, String name, List<String> allowed, boolean required) {
        String value = coded(parent, path, name, allowed, required);
        return value == null ? null : Integer.valueOf(value);
    }

    String organId(XmlNode parent, String path, String name, boolean required) {
        XmlNode node = one(parent, path, name, required);
        return node == null ? null : organId(node, path + "/" + name, required);
    }

    String organId(XmlNode node, String path, boolean required) {
        String value = exact(node, path, ORGAN_ID_MAX, required);
        if (value != null && !ORGAN_ID.matcher(value).matches()) {
            add(ErrorCode.ORGAN_ID_INVALID, path, node, value);
            return null;
        }
        return value;
    }

    String documentId(XmlNode parent, String path, String name, boolean required) {
        XmlNode node = one(parent, path, name, required);
        if (node == null) {
            return null;
        }
        String value = exact(node, path + "/" + name, DOCUMENT_ID_MAX, required);
        if (value != null && !DOCUMENT_ID.matcher(value).matches()) {
            add(ErrorCode.DOCUMENT_ID_INVALID, path + "/" + name, node, value);
            return null;
        }
        return value;
    }
}
