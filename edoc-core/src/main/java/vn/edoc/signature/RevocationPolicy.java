package vn.edoc.signature;

/** What to do when no CRL speaks for a certificate's issuer. */
public enum RevocationPolicy {
    /** Refuse: revocation must be known. The default. */
    HARD_FAIL,
    /** Accept with a warning in the report. */
    SOFT_FAIL
}
