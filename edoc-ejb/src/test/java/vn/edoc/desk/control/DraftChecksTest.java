package vn.edoc.desk.control;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.edoc.desk.entity.DraftContent;
import vn.edoc.error.EdocException;
import vn.edoc.error.ErrorCode;

/** A draft is saved only with the ND30 metadata complete and within its lengths. */
class DraftChecksTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    private static DraftContent with(String number, String notation, String subject, List<String> to, LocalDate due) {
        return new DraftContent(1, "Công văn", number, notation, subject, "nguyen-van-mau", 0, due, to);
    }

    @Test
    void aCompleteDraftPasses() {
        assertThatCode(() ->
                        DraftChecks.check(with("15", "UBND-VP", "V/v báo cáo", List.of("000.00.02.H21"), TODAY), TODAY))
                .doesNotThrowAnyException();
    }

    @Test
    void eachMissingOrWrongFieldIsNamed() {
        expectRefused(with("", "UBND-VP", "V/v", List.of("000.00.02.H21"), null), "Code/CodeNumber");
        expectRefused(with("12a", "UBND-VP", "V/v", List.of("000.00.02.H21"), null), "Code/CodeNumber");
        expectRefused(with("123456789012", "UBND-VP", "V/v", List.of("000.00.02.H21"), null), "Code/CodeNumber");
        expectRefused(with("12", " ", "V/v", List.of("000.00.02.H21"), null), "Code/CodeNotation");
        expectRefused(with("12", "UBND-VP", "  ", List.of("000.00.02.H21"), null), "Subject");
        expectRefused(with("12", "UBND-VP", "x".repeat(501), List.of("000.00.02.H21"), null), "Subject");
        expectRefused(with("12", "UBND-VP", "V/v", List.of(), null), "To");
        expectRefused(with("12", "UBND-VP", "V/v", List.of("000.00.02.H21"), TODAY.minusDays(1)), "DueDate");
    }

    private static void expectRefused(DraftContent content, String field) {
        assertThatThrownBy(() -> DraftChecks.check(content, TODAY)).isInstanceOfSatisfying(EdocException.class, e -> {
            org.assertj.core.api.Assertions.assertThat(e.code()).isEqualTo(ErrorCode.DRAFT_INCOMPLETE);
            org.assertj.core.api.Assertions.assertThat(e.path()).isEqualTo(field);
        });
    }
}
