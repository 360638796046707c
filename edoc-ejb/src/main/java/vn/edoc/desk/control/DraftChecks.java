package vn.edoc.desk.control;

import java.time.LocalDate;
import java.util.regex.Pattern;
import vn.edoc.desk.entity.DraftContent;
import vn.edoc.error.EdocException;
import vn.edoc.error.ErrorCode;

/**
 * What a draft needs before it is saved: the ND30 metadata within the lengths of its Phụ lục VI (number 11, notation
 * 30, type 100, subject 500), a priority of the edXML list, a signer and at least one recipient, and no due date in
 * the past. The pages check the same with their own messages; this is the last line, whatever calls the boundary.
 */
public final class DraftChecks {
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,11}");
    private static final Pattern NOTATION = Pattern.compile("[\\p{L}0-9][\\p{L}0-9./-]{0,29}");

    private DraftChecks() {}

    /** Refuses {@code content} with {@code DRAFT_INCOMPLETE} naming the first field at fault. */
    public static void check(DraftContent content, LocalDate today) {
        require(
                content.typeName() != null
                        && !content.typeName().isBlank()
                        && content.typeName().length() <= 100,
                "DocumentType/TypeName");
        require(content.typeCode() >= 1 && content.typeCode() <= 99, "DocumentType/Type");
        require(content.number() != null && NUMBER.matcher(content.number()).matches(), "Code/CodeNumber");
        require(
                content.notation() != null
                        && NOTATION.matcher(content.notation()).matches(),
                "Code/CodeNotation");
        require(
                content.subject() != null
                        && !content.subject().isBlank()
                        && content.subject().length() <= 500,
                "Subject");
        require(content.leaderId() != null && !content.leaderId().isBlank(), "SignerInfo");
        require(content.priority() >= 0 && content.priority() <= 4, "OtherInfo/Priority");
        require(content.dueDate() == null || !content.dueDate().isBefore(today), "DueDate");
        require(!content.recipients().isEmpty(), "To");
    }

    private static void require(boolean holds, String field) {
        if (!holds) {
            throw new EdocException(ErrorCode.DRAFT_INCOMPLETE, field, field);
        }
    }
}
