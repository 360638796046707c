package vn.edoc.ws;

import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.edoc.contract.axis.v1.AxisFault;
import vn.edoc.contract.axis.v1.AxisFaultDetail;
import vn.edoc.error.EdocException;
import vn.edoc.error.ErrorCode;
import vn.edoc.error.ErrorMessages;

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
        return new AxisFault(refusal.code().name() + ": " + detail.getMessage(), detail);
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
