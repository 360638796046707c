package vn.edoc.contract;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;

/**
 * The edXML date ({@code yyyy/MM/dd}) and time stamp ({@code yyyy/MM/dd HH:mm:ss}, no zone) as {@code java.time}
 * values, for the generated edXML types. Impossible dates (2026/02/30) are refused, not rolled over.
 */
public final class EdxmlDates {
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("uuuu/MM/dd").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("uuuu/MM/dd HH:mm:ss").withResolverStyle(ResolverStyle.STRICT);

    private EdxmlDates() {}

    public static LocalDate parseDate(String text) {
        return text == null ? null : LocalDate.parse(text.strip(), DATE);
    }

    public static String printDate(LocalDate date) {
        return date == null ? null : DATE.format(date);
    }

    public static LocalDateTime parseTimestamp(String text) {
        return text == null ? null : LocalDateTime.parse(text.strip(), TIMESTAMP);
    }

    public static String printTimestamp(LocalDateTime timestamp) {
        return timestamp == null ? null : TIMESTAMP.format(timestamp);
    }
}
