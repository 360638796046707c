package vn.edoc.contract;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/** Converts {@code xs:dateTime} to and from {@link OffsetDateTime} for the generated contract types. */
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
}
