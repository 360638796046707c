package vn.edoc.signature;

/**
 * What the axis asks of the XML-DSig signatures on a packet's envelope, set per connected system. Whatever the policy,
 * a real XML-DSig signature that is there is verified in full and must pass: the policy only decides whether a packet
 * without one may come in.
 */
public enum EnvelopeSignatures {
    /** The leader's and the agency's signatures (the agency's on a status) must be there and pass: the default. */
    REQUIRED,
    /**
     * Signatures are verified when the envelope carries XML-DSig; a packet with none, or with only the national SDK's
     * placeholder {@code Signature} in the edXML namespace, is accepted as vouched for by the system that sent it.
     * Documents from DMSs on the national SDK carry their binding signatures inside the attached PDF files.
     */
    IF_PRESENT
}
