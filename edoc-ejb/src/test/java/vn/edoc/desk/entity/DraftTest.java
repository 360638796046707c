package vn.edoc.desk.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.edoc.error.EdocException;
import vn.edoc.error.ErrorCode;

/** A draft keeps its own rules from writing to issue, and appends every step to its history. */
class DraftTest {
    private static final Instant NOW = Instant.parse("2026-11-27T02:00:00Z");
    private static final DraftContent CONTENT = new DraftContent(
            1, "Công văn", "15", "UBND-VP", "V/v báo cáo", "nguyen-van-mau", 0, null, List.of("000.00.02.H21"));

    @Test
    void theWayFromDraftToIssued() {
        Draft draft = new Draft("000.00.00.H21", 0, null, null, "vanthu.tinh", NOW);
        draft.write(CONTENT, "vanthu.tinh", NOW);
        assertThat(draft.hasDocumentId()).isFalse();

        draft.submit("000.00.00.H21,2026/11/27,15/UBND-VP", new byte[] {1}, "vanthu.tinh", NOW);
        draft.returnToClerk("Sửa trích yếu", "nguyen-van-mau", NOW);
        draft.write(CONTENT, "vanthu.tinh", NOW);
        draft.submit("000.00.00.H21,2026/11/27,15/UBND-VP", new byte[] {2}, "vanthu.tinh", NOW);
        draft.signed(new byte[] {3}, "nguyen-van-mau", NOW);
        draft.issued(new byte[] {4}, "packet-1", "vanthu.tinh", NOW);

        assertThat(draft.state()).isEqualTo(DraftState.ISSUED);
        assertThat(draft.packetId()).isEqualTo("packet-1");
        assertThat(draft.documentId()).isEqualTo("000.00.00.H21,2026/11/27,15/UBND-VP");
        assertThat(draft.events())
                .extracting(DraftEvent::action)
                .containsExactly("CREATED", "SAVED", "SUBMITTED", "RETURNED", "SAVED", "SUBMITTED", "SIGNED", "ISSUED");
        assertThat(draft.events().get(3).remark()).isEqualTo("Sửa trích yếu");
    }

    @Test
    void aStepOutOfOrderIsRefusedAndChangesNothing() {
        Draft draft = new Draft("000.00.00.H21", 0, null, null, "vanthu.tinh", NOW);
        draft.write(CONTENT, "vanthu.tinh", NOW);

        refused(() -> draft.signed(new byte[] {1}, "nguyen-van-mau", NOW));
        refused(() -> draft.issued(new byte[] {1}, "p", "vanthu.tinh", NOW));
        draft.submit("id", new byte[] {1}, "vanthu.tinh", NOW);
        refused(() -> draft.write(CONTENT, "vanthu.tinh", NOW));
        refused(() -> draft.issued(new byte[] {1}, "p", "vanthu.tinh", NOW));

        assertThat(draft.state()).isEqualTo(DraftState.AWAITING_SIGNATURE);
        assertThat(draft.events()).hasSize(3);
    }

    private static void refused(Runnable step) {
        assertThatThrownBy(step::run)
                .isInstanceOfSatisfying(
                        EdocException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.DRAFT_STATE_ILLEGAL));
    }
}
