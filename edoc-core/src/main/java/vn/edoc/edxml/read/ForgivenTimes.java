package vn.edoc.edxml.read;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Optional;
import vn.edoc.time.Vietnam;

/**
 * Dates and times written in the other forms real packets carry, read to the value they mean. Only consulted when the
 * canonical form ({@code yyyy/MM/dd}, {@code yyyy/MM/dd HH:mm:ss}) failed, so a conforming packet never pays for it.
 * Every form is resolved strictly: 30/02/2020 is no date in any form.
 */
final class ForgivenTimes {
    /** edXML times are Vietnam's wall clock; a time written with an offset is brought to it. */
    private static final ZoneId VIETNAM = Vietnam.ZONE;

    // Vietnamese offices write day before month (30/10/2020, 3/1/2020), never the American month first.
    private static final List<DateTimeFormatter> DATES =
            List.of(strict("d/M/uuuu"), strict("uuuu-M-d"), strict("uuuu/M/d"), strict("d-M-uuuu"), strict("d.M.uuuu"));

    private static final DateTimeFormatter TIME = new DateTimeFormatterBuilder()
            .appendPattern("H:mm")
            .optionalStart()
            .appendPattern(":ss")
            .optionalStart()
            .appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true)
            .optionalEnd()
            .optionalEnd()
            .toFormatter()
            .withResolverStyle(ResolverStyle.STRICT);

    private ForgivenTimes() {}

    /** The date {@code value} names in a forgiven form; a date with a time of day keeps its date. */
    static Optional<LocalDate> date(String value) {
        Optional<LocalDate> plain = plainDate(value);
        return plain.isPresent() ? plain : timestamp(value).map(LocalDateTime::toLocalDate);
    }

    /** The time {@code value} names: a forgiven date, a space or {@code T}, a time, an optional offset or {@code Z}. */
    static Optional<LocalDateTime> timestamp(String value) {
        Optional<LocalDateTime> offset = withOffset(value);
        if (offset.isPresent()) {
            return offset;
        }
        int split = Math.max(value.indexOf(' '), value.indexOf('T'));
        if (split < 0) {
            return Optional.empty();
        }
        Optional<LocalDate> day = plainDate(value.substring(0, split));
        if (day.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(
                    day.get().atTime(TIME.parse(value.substring(split + 1).trim(), java.time.LocalTime::from)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDateTime> withOffset(String value) {
        try {
            OffsetDateTime at = OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            return Optional.of(at.atZoneSameInstant(VIETNAM).toLocalDateTime());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> plainDate(String value) {
        for (DateTimeFormatter form : DATES) {
            try {
                return Optional.of(form.parse(value.trim(), LocalDate::from));
            } catch (DateTimeParseException e) {
                // the next form
            }
        }
        return Optional.empty();
    }

    private static DateTimeFormatter strict(String pattern) {
        return DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT);
    }
}
