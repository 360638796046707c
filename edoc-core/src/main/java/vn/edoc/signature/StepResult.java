package vn.edoc.signature;

import java.util.Locale;
import vn.edoc.error.ErrorCode;
import vn.edoc.error.ErrorMessages;

/**
 * One step's outcome for one signature ({@code role} is {@code null} for steps about the whole packet).
 *
 * @param code why it failed or warns; {@code null} when it passed or did not apply
 */
public record StepResult(
        VerificationStep step, SignatureRole role, Outcome outcome, ErrorCode code, Object... arguments) {

    /** How a step ended. */
    public enum Outcome {
        PASSED,
        /** Passed with a reservation the policy allows (a CRL that could not be had, in soft-fail mode). */
        WARNING,
        FAILED,
        /** Not checked: an earlier step failed, or the step does not apply. */
        NOT_APPLICABLE
    }

    public StepResult {
        arguments = arguments.clone();
    }

    static StepResult passed(VerificationStep step, SignatureRole role) {
        return new StepResult(step, role, Outcome.PASSED, null);
    }

    static StepResult failed(VerificationStep step, SignatureRole role, ErrorCode code, Object... arguments) {
        return new StepResult(step, role, Outcome.FAILED, code, arguments);
    }

    static StepResult skipped(VerificationStep step, SignatureRole role) {
        return new StepResult(step, role, Outcome.NOT_APPLICABLE, null);
    }

    /** The reason in the given language, or an empty text when there is none. */
    public String message(Locale locale) {
        return code == null ? "" : ErrorMessages.format(code, locale, arguments);
    }

    @Override
    public Object[] arguments() {
        return arguments.clone();
    }
}
