package vn.edoc.exchange.entity;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The values of a stored message's placeholders in one column: separated by U+001F (a separator inside a value, which
 * a sender controls, becomes a space) and each cut to what the column can hold, so the message is made again in
 * either language when it is read.
 */
final class MessageValues {
    private static final String SEPARATOR = "\u001f";

    private MessageValues() {}

    static String join(Object[] values, int maxEach) {
        return Arrays.stream(values)
                .map(v -> cut(String.valueOf(v), maxEach).replace(SEPARATOR, " "))
                .collect(Collectors.joining(SEPARATOR));
    }

    static Object[] split(String stored) {
        return stored == null || stored.isEmpty() ? new Object[0] : stored.split(SEPARATOR, -1);
    }

    /** {@code text} cut to at most {@code max} characters, never inside a surrogate pair. */
    static String cut(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, text.codePointCount(0, max - 1)));
    }
}
