package vn.edoc.client;

import vn.edoc.contract.axis.v1.AxisFault;
import vn.edoc.contract.axis.v1.AxisFaultDetail;

/**
 * The axis refused a call: its stable error code (docs/integrators/error-codes.md), the message in Vietnamese and English and
 * the path it applies to. A refused call changed nothing on the axis.
 */
public final class EdocClientException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String code;
    private final String messageVi;
    private final String path;
    private final transient AxisFaultDetail detail;

    EdocClientException(AxisFault fault) {
        super(fault.getFaultInfo().getCode() + ": " + fault.getFaultInfo().getMessageEn(), fault);
        this.detail = fault.getFaultInfo();
        this.code = detail.getCode();
        this.messageVi = detail.getMessage();
        this.path = detail.getPath();
    }

    /** The error code, such as {@code OFFICE_NOT_AUTHORIZED}. */
    public String code() {
        return code;
    }

    /** The message in Vietnamese; {@link #getMessage()} starts with the code and has it in English. */
    public String messageVi() {
        return messageVi;
    }

    /** Where it applies: an element path in the packet or a request field; null when nowhere in particular. */
    public String path() {
        return path;
    }

    /** The whole fault detail, with every problem of a refused packet. */
    public AxisFaultDetail detail() {
        return detail;
    }
}
