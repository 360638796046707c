package vn.edoc.desk.entity;

import java.time.LocalDate;
import java.util.List;

/**
 * What the clerk writes of an outgoing document: the edXML metadata.
 *
 * @param typeCode the numeric document type of edXML ({@code DocumentType/Type})
 * @param typeName its readable name (Công văn, Quyết định, ...)
 * @param number the number of the ND30 form {@code number/notation}, as {@code 123}
 * @param notation the notation, as {@code QĐ-UBND}
 * @param leaderId the leader who signs, by the id of their key in the vault
 * @param priority 0 normal, 1 khẩn, 2 thượng khẩn, 3 hỏa tốc, 4 hỏa tốc hẹn giờ
 * @param recipients the recipients' office codes
 */
public record DraftContent(
        int typeCode,
        String typeName,
        String number,
        String notation,
        String subject,
        String leaderId,
        int priority,
        LocalDate dueDate,
        List<String> recipients) {
    public DraftContent {
        recipients = List.copyOf(recipients);
    }

    /** The ND30 form {@code 123/QĐ-UBND}. */
    public String code() {
        return number + "/" + notation;
    }
}
