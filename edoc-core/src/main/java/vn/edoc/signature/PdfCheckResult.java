package vn.edoc.signature;

import java.util.Locale;
import vn.edoc.error.ErrorCode;
import vn.edoc.error.ErrorMessages;

/**
 * How one check of a PDF signature ended.
 *
 * @param code why it failed or warns; {@code null} when it passed or did not apply
 */
public record PdfCheckResult(PdfCheck check, StepResult.Outcome outcome, ErrorCode code, Object... arguments) {
    public PdfCheckResult {
        arguments = arguments.clone();
    }

    static PdfCheckResult passed(PdfCheck check) {
        return new PdfCheckResult(check, StepResult.Outcome.PASSED, null);
    }

    static PdfCheckResult failed(PdfCheck check, ErrorCode code, Object... arguments) {
        return new PdfCheckResult(check, StepResult.Outcome.FAILED, code, arguments);
    }

    static PdfCheckResult skipped(PdfCheck check) {
        return new PdfCheckResult(check, StepResult.Outcome.NOT_APPLICABLE, null);
    }

    /** A certificate step as the packet verifier's checks report it, {@code null} (passed) included. */
    static PdfCheckResult of(PdfCheck check, StepResult step) {
        return step == null ? passed(check) : new PdfCheckResult(check, step.outcome(), step.code(), step.arguments());
    }

    public boolean failed() {
        return outcome == StepResult.Outcome.FAILED;
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
