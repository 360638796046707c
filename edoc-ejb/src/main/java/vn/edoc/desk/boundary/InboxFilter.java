package vn.edoc.desk.boundary;

import java.time.LocalDate;

/**
 * What the clerk narrows the incoming list to; every field may be empty.
 *
 * @param progress {@code NEW} for documents without a status yet, or a status code 01-06
 * @param priority 0-4
 * @param dueBy documents due on or before this date
 * @param text a part of the number and notation, the subject or the sender's name (case ignored)
 */
public record InboxFilter(String progress, Integer priority, LocalDate dueBy, String text) {
    public static final String NEW = "NEW";
    public static final InboxFilter ALL = new InboxFilter(null, null, null, null);
}
