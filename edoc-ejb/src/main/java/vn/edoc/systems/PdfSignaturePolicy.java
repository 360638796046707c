package vn.edoc.systems;

/**
 * What the axis asks of the signatures inside the PDF attachments a connected system sends (the signatures that bind
 * by law under Nghị định 30/2020). They are always checked, recorded and shown; by default never a reason to refuse.
 */
public enum PdfSignaturePolicy {
    /** Checked, recorded with the packet and shown; the packet is accepted whatever they say (the default). */
    REPORTED,
    /** The packet carries at least one PDF, and every PDF attachment is validly signed; otherwise it is refused. */
    REQUIRED
}
