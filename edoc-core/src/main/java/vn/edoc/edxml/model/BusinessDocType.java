package vn.edoc.edxml.model;

import java.util.Arrays;
import java.util.Optional;

/** What a document packet does ({@code BussinessDocType}). */
public enum BusinessDocType {
    /** 0: a new document. */
    NEW(0),
    /** 1: revokes an earlier document. */
    REVOKE(1),
    /** 2: updates an earlier document (its data or its recipients). */
    UPDATE(2),
    /** 3: replaces earlier documents. */
    REPLACE(3);

    private final int code;

    BusinessDocType(int code) {
        this.code = code;
    }

    /** The value on the wire. */
    public int code() {
        return code;
    }

    public static Optional<BusinessDocType> ofCode(String text) {
        return Arrays.stream(values())
                .filter(t -> String.valueOf(t.code).equals(text))
                .findFirst();
    }
}
