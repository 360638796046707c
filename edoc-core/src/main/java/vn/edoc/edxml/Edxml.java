package vn.edoc.edxml;

/** Names of the standard that both the reader and the writer use. */
public final class Edxml {
    /** The namespace of QCVN 102:2016. */
    public static final String NAMESPACE = "http://www.mic.gov.vn/TBT/QCVN_102_2016";

    /** The prefix the national SDK gives the namespace inside the envelope. */
    public static final String PREFIX = "edXML";

    /** The XML-DSig namespace of a real signature (the SDK's samples put a placeholder in the edXML one). */
    public static final String XMLDSIG_NAMESPACE = "http://www.w3.org/2000/09/xmldsig#";

    private Edxml() {}
}
