package vn.edoc.edxml.read;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalQuery;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import vn.edoc.error.ErrorCode;
import vn.edoc.error.Problem;

/**
 * Reads fields out of the tree and records what is wrong with them. Every method returns {@code null} for a value that
 * is absent or wrong, so binding goes on and every problem of a packet is found in one pass.
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

    /** The text of child {@code name}, at most {@code max} characters. */
    String text(XmlNode parent, String path, String name, int max, boolean required) {
        XmlNode node = one(parent, path, name, required);
        return node == null ? null : text(node, path + "/" + name, max, required);
    }

    /** The text of {@code node} itself. */
    String text(XmlNode node, String path, int max, boolean required) {
        String value = node.text();
        if (value == null) {
            if (required) {
                add(ErrorCode.FIELD_REQUIRED, path, node, node.name);
            }
            return null;
        }
        int limit = Math.min(max, maxText);
        int length = value.codePointCount(0, value.length());
        if (length > limit) {
            add(ErrorCode.FIELD_TOO_LONG, path, node, node.name, length, limit);
            return null;
        }
        return value;
    }

    String text(XmlNode parent, String path, String name, boolean required) {
        return text(parent, path, name, Integer.MAX_VALUE, required);
    }

    LocalDate date(XmlNode parent, String path, String name, boolean required) {
        return parsed(parent, path, name, required, DATE, LocalDate::from, ErrorCode.DATE_INVALID);
    }

    LocalDateTime timestamp(XmlNode parent, String path, String name, boolean required) {
        return parsed(parent, path, name, required, TIMESTAMP, LocalDateTime::from, ErrorCode.TIMESTAMP_INVALID);
    }

    private <T> T parsed(
            XmlNode parent,
            String path,
            String name,
            boolean required,
            DateTimeFormatter format,
            TemporalQuery<T> query,
            ErrorCode invalid) {
        String value = text(parent, path, name, 19, required);
        if (value == null) {
            return null;
        }
        try {
            return format.parse(value, query);
        } catch (DateTimeParseException e) {
            add(invalid, path + "/" + name, one(parent, path, name, false), name, value);
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
        String value = text(node, path, ORGAN_ID_MAX, required);
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
        String value = text(node, path + "/" + name, DOCUMENT_ID_MAX, required);
        if (value != null && !DOCUMENT_ID.matcher(value).matches()) {
            add(ErrorCode.DOCUMENT_ID_INVALID, path + "/" + name, node, value);
            return null;
        }
        return value;
    }
}
