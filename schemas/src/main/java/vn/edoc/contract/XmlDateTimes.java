package vn.edoc.contract;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Converts {@code xs:dateTime} to and from {@link OffsetDateTime}, and {@code xs:date} to and from {@link LocalDate},
 * for the generated contract types.
 */
public final class XmlDateTimes {
    private XmlDateTimes() {}

    /** Parses an ISO 8601 date-time with an offset, as {@code xs:dateTime} writes it. */
    public static OffsetDateTime parse(String text) {
        return text == null ? null : OffsetDateTime.parse(text.trim(), DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /** Prints an ISO 8601 date-time with its offset. */
    public static String print(OffsetDateTime value) {
        return value == null ? null : value.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /** Parses an {@code xs:date} without offset ({@code 2025-07-01}). */
    public static LocalDate parseDate(String text) {
        return text == null ? null : LocalDate.parse(text.trim());
    }

    /** Prints an {@code xs:date} without offset. */
    public static String printDate(LocalDate value) {
        return value == null ? null : value.toString();
    }
}
