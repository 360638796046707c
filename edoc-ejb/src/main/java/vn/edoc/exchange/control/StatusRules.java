package vn.edoc.exchange.control;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import vn.edoc.edxml.model.StatusCode;
import vn.edoc.error.ErrorCode;

/**
 * Which status may follow which on one recipient's copy of a document (QCVN 102 status packets, edxml-spec.md §1c):
 *
 * <ul>
 *   <li>01 arrived: first, once;
 *   <li>02 refused and 03 registered: before anything but 01 (the edXML reader already requires 02's reason);
 *   <li>04 assigned after 03; 05 processing after 03 or 04; 06 done after 03, 04 or 05; 02 and 06 end the line;
 *   <li>13, a recall request, comes from the sender while the recipient has neither refused nor finished and no
 *       other change waits for an answer;
 *   <li>15 and 16 answer a recall request, a revocation, an update or a replacement that waits for an answer.
 * </ul>
 *
 * A copy that a recall or revocation withdrew takes no status any more.
 */
public final class StatusRules {
    private static final Set<StatusCode> PROGRESS = EnumSet.of(
            StatusCode.ARRIVED,
            StatusCode.REFUSED,
            StatusCode.REGISTERED,
            StatusCode.ASSIGNED,
            StatusCode.PROCESSING,
            StatusCode.DONE);
    private static final Set<StatusCode> FINAL = EnumSet.of(StatusCode.REFUSED, StatusCode.DONE);

    private StatusRules() {}

    /** Whether a status is the recipient's progress (01-06) rather than a change request or its answer. */
    public static boolean isProgress(StatusCode code) {
        return PROGRESS.contains(code);
    }

    /**
     * Why {@code next} may not follow, or empty when it may.
     *
     * @param current the copy's last progress status (01-06), or {@code null} before any
     * @param changePending whether a recall, revocation, update or replacement waits for the recipient's answer
     * @param withdrawn whether a recall or revocation withdrew the copy
     */
    public static Optional<ErrorCode> refusal(
            StatusCode current, boolean changePending, boolean withdrawn, StatusCode next) {
        if (withdrawn) {
            return Optional.of(ErrorCode.STATUS_TRANSITION_ILLEGAL);
        }
        return allowed(current, changePending, next)
                ? Optional.empty()
                : Optional.of(ErrorCode.STATUS_TRANSITION_ILLEGAL);
    }

    private static boolean allowed(StatusCode current, boolean changePending, StatusCode next) {
        return switch (next) {
            case ARRIVED -> current == null;
            case REFUSED, REGISTERED -> current == null || current == StatusCode.ARRIVED;
            case ASSIGNED -> current == StatusCode.REGISTERED;
            case PROCESSING -> current == StatusCode.REGISTERED || current == StatusCode.ASSIGNED;
            case DONE ->
                current == StatusCode.REGISTERED || current == StatusCode.ASSIGNED || current == StatusCode.PROCESSING;
            case RECALL_REQUESTED -> !changePending && !FINAL.contains(current);
            case CHANGE_ACCEPTED, CHANGE_REFUSED -> changePending;
        };
    }
}
