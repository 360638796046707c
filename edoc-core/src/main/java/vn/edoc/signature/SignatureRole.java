package vn.edoc.signature;

/** Who a signature speaks for. */
public enum SignatureRole {
    /** The competent person who signs the document (người có thẩm quyền). */
    SIGNER("edoc-signer-signature"),
    /** The issuing agency, by its seal certificate (chữ ký số của cơ quan). */
    AGENCY("edoc-agency-signature");

    private final String id;

    SignatureRole(String id) {
        this.id = id;
    }

    /** The {@code Id} of the {@code ds:Signature} element. */
    public String id() {
        return id;
    }
}
