package vn.edoc.desk.control;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import vn.edoc.error.ErrorMessages;
import vn.edoc.signature.StepResult;
import vn.edoc.time.Vietnam;

/**
 * The verification report of an evidence bundle, for a person: what the document is, its SHA-256, what the axis
 * checked when it accepted it, what a check of the signatures gives today, whether each receipt verifies with the
 * axis's certificate, and each recipient's statuses in order. Vietnamese, with the stable codes beside each result.
 */
public final class EvidenceReport {
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(Vietnam.ZONE);
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final StringBuilder text = new StringBuilder();

    public EvidenceReport heading(String title) {
        text.append('\n')
                .append(title)
                .append('\n')
                .append("=".repeat(title.length()))
                .append('\n');
        return this;
    }

    public EvidenceReport line(String label, Object value) {
        text.append("- ")
                .append(label)
                .append(": ")
                .append(value == null ? "—" : value)
                .append('\n');
        return this;
    }

    public EvidenceReport note(String sentence) {
        text.append(sentence).append('\n');
        return this;
    }

    /** The steps of a signature check made now, each with its outcome and, when it failed, why. */
    public EvidenceReport steps(List<StepResult> steps) {
        for (StepResult step : steps) {
            String why =
                    step.code() == null ? "" : " — " + ErrorMessages.format(step.code(), VIETNAMESE, step.arguments());
            text.append("- ")
                    .append(step.step())
                    .append(step.role() == null ? "" : " (" + step.role() + ")")
                    .append(": ")
                    .append(outcome(step.outcome()))
                    .append(why)
                    .append('\n');
        }
        return this;
    }

    public static String when(Instant at) {
        return at == null ? "—" : WHEN.format(at);
    }

    public static String outcome(Object outcome) {
        return switch (String.valueOf(outcome)) {
            case "PASSED" -> "ĐẠT (PASSED)";
            case "WARNING" -> "ĐẠT CÓ LƯU Ý (WARNING)";
            case "FAILED" -> "KHÔNG ĐẠT (FAILED)";
            default -> "KHÔNG ÁP DỤNG (" + outcome + ")";
        };
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
