package vn.edoc.edxml.model;

import java.util.Arrays;
import java.util.Optional;

/** The status an office reports about a document ({@code StatusCode}). */
public enum StatusCode {
    /** 01: arrived in the office's system, not yet handled by the clerk. */
    ARRIVED("01"),
    /** 02: refused and returned; the reason is in the description. */
    REFUSED("02"),
    /** 03: registered (vào sổ). */
    REGISTERED("03"),
    /** 04: assigned for handling. */
    ASSIGNED("04"),
    /** 05: being handled. */
    PROCESSING("05"),
    /** 06: handling done. */
    DONE("06"),
    /** 13: the sender asks to recall the document. */
    RECALL_REQUESTED("13"),
    /** 15: a recall, revocation or update is accepted. */
    CHANGE_ACCEPTED("15"),
    /** 16: a recall, revocation or update is refused. */
    CHANGE_REFUSED("16");

    private final String code;

    StatusCode(String code) {
        this.code = code;
    }

    /** The two digits on the wire. */
    public String code() {
        return code;
    }

    public static Optional<StatusCode> ofCode(String text) {
        return Arrays.stream(values()).filter(s -> s.code.equals(text)).findFirst();
    }

    /** The codes on the wire, for messages. */
    public static String codeList() {
        return String.join(", ", Arrays.stream(values()).map(StatusCode::code).toList());
    }
}
