package vn.edoc.desk.boundary;

import java.time.Instant;
import java.time.LocalDate;
import vn.edoc.desk.entity.Draft;
import vn.edoc.desk.entity.DraftState;

/** A row of the outbox or of the leader's review queue. */
public record DraftSummary(
        long id,
        String code,
        String typeName,
        String subject,
        int priority,
        LocalDate dueDate,
        DraftState state,
        int businessType,
        String createdBy,
        Instant createdAt,
        String packetId) {
    static DraftSummary of(Draft draft) {
        var content = draft.content();
        return new DraftSummary(
                draft.id(),
                content.number().isEmpty() ? "" : content.code(),
                content.typeName(),
                content.subject(),
                content.priority(),
                content.dueDate(),
                draft.state(),
                draft.businessType(),
                draft.createdBy(),
                draft.createdAt(),
                draft.packetId());
    }
}
