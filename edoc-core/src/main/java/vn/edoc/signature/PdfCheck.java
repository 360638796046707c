package vn.edoc.signature;

/** The checklist for one signature in a PDF, in the order the verifier walks it. */
public enum PdfCheck {
    /** The signature's dictionary, byte range and CMS can be read, and it is of a kind the axis checks. */
    READABLE,
    /** The CMS signature matches the bytes of its byte range, for its signer's certificate. */
    INTEGRITY,
    /** The signature covers the whole file, or what was added after it changes no page (a later signature, a seal). */
    COVERAGE,
    /** A time-stamp token, when there is one, stamps this signature and is signed by its authority. */
    TIMESTAMP,
    /** The signer's certificate leads to a configured trust anchor and was valid when it signed. */
    CERTIFICATE_PATH,
    /** The certificate may sign (digital signature or non-repudiation). */
    KEY_USAGE,
    /** The certificate is not revoked, by the configured CRLs. */
    REVOCATION
}
