package vn.edoc.ws;

import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.edoc.contract.axis.v1.AxisFault;
import vn.edoc.contract.axis.v1.AxisFaultDetail;
import vn.edoc.contract.axis.v1.PacketProblem;
import vn.edoc.error.EdocException;
import vn.edoc.error.ErrorCode;
import vn.edoc.error.ErrorMessages;
import vn.edoc.error.Problem;

/** Turns a refusal into the contract's fault: one stable code, the message in Vietnamese and English, the path. */
final class Faults {
    private static final Logger LOG = Logger.getLogger(Faults.class.getName());

    private Faults() {}

    static AxisFault of(RuntimeException failure) {
        EdocException refusal = refusalIn(failure);
        if (refusal == null) {
            // Unexpected: the transaction was rolled back; the client learns only that, the log keeps the cause.
            LOG.log(Level.SEVERE, "Unexpected failure of an axis call", failure);
            refusal = new EdocException(ErrorCode.INTERNAL_ERROR, null);
        }
        AxisFaultDetail detail = new AxisFaultDetail();
        detail.setCode(refusal.code().name());
        detail.setMessage(refusal.message(ErrorMessages.VIETNAMESE));
        detail.setMessageEn(refusal.message(Locale.ENGLISH));
        detail.setPath(refusal.path());
        refusal.problems().stream().map(Faults::problem).forEach(detail.getProblem()::add);
        return new AxisFault(refusal.code().name() + ": " + detail.getMessage(), detail);
    }

    private static PacketProblem problem(Problem problem) {
        PacketProblem wire = new PacketProblem();
        wire.setCode(problem.code().name());
        wire.setPath(problem.path());
        wire.setLine(problem.line() < 0 ? null : problem.line());
        wire.setColumn(problem.column() < 0 ? null : problem.column());
        wire.setMessage(problem.message(ErrorMessages.VIETNAMESE));
        wire.setMessageEn(problem.message(Locale.ENGLISH));
        return wire;
    }

    private static EdocException refusalIn(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof EdocException refusal) {
                return refusal;
            }
        }
        return null;
    }
}
