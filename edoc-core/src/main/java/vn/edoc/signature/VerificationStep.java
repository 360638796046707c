package vn.edoc.signature;

/** The checklist, in the order the verifier walks it. */
public enum VerificationStep {
    /** The packet is well-formed edXML without problems. */
    PACKET_READABLE,
    /** XML-DSig signatures sit where the standard puts them, and nowhere else. */
    SIGNATURE_PLACEMENT,
    /** Each signature the packet needs is there (document: leader and agency; status: agency). */
    SIGNATURES_PRESENT,
    /** Signature, digest and canonicalisation methods are on the allow-list; keys are long enough. */
    ALGORITHMS,
    /** The signature covers exactly the packet processed: one reference to the whole document, known transforms. */
    COVERAGE,
    /** The signature value and the digest are right for the signer's certificate. */
    SIGNATURE_VALUE,
    /** The certificate leads to a configured trust anchor and was valid at signing time. */
    CERTIFICATE_PATH,
    /** The certificate may sign (digital signature or non-repudiation). */
    KEY_USAGE,
    /** The certificate is not revoked, by the configured CRLs. */
    REVOCATION,
    /** The signer is who the packet says: the sending office's registered seal, or the leader named in SignerInfo. */
    SIGNER_BINDING,
    /**
     * A leader's signature in the {@link SignerCoverage#CONTENT_IN_PDF} form: every attachment is a PDF carrying a
     * valid signature of the same certificate (not applicable to the whole-packet form and to the agency).
     */
    CONTENT_IN_PDF
}
