package vn.edoc.signature;

import java.util.List;
import java.util.Optional;

/** The verifier's answer: every step for every signature, in checklist order. */
public record VerificationReport(List<StepResult> steps) {
    public VerificationReport {
        steps = List.copyOf(steps);
    }

    /** Whether no step failed. */
    public boolean isValid() {
        return steps.stream().noneMatch(s -> s.outcome() == StepResult.Outcome.FAILED);
    }

    /** The first failed step, the one a refusal names. */
    public Optional<StepResult> firstFailure() {
        return steps.stream()
                .filter(s -> s.outcome() == StepResult.Outcome.FAILED)
                .findFirst();
    }

    /** The result of one step for one role ({@code null} for the packet as a whole). */
    public Optional<StepResult> step(VerificationStep step, SignatureRole role) {
        return steps.stream().filter(s -> s.step() == step && s.role() == role).findFirst();
    }
}
