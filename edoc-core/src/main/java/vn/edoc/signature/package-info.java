/**
 * The two signatures of an edXML packet, and a verifier that owns trust.
 *
 * <h2>Design</h2>
 *
 * An electronic document has legal force only when signed by the competent person and by the issuing agency (Nghị
 * định 30/2020, art. 5, 13, 14, 17). A packet therefore carries two W3C XML-DSig signatures in the XML-DSig namespace,
 * children of {@code edXMLHeader} right after {@code TraceHeaderList}, in this order:
 *
 * <ol>
 *   <li>{@code Id="edoc-signer-signature"}, the leader's (the competent person's): one reference to the whole packet
 *       ({@code URI=""}) with an XPath Filter 2.0 transform that subtracts the signatures in {@code edXMLHeader}, then
 *       exclusive canonicalisation. It covers the document's content and metadata: header, trace list, manifest and
 *       attachments, everything but signatures. Its certificate's common name must be {@code SignerInfo/FullName}.
 *   <li>{@code Id="edoc-agency-signature"}, the agency's (the seal the clerk applies, art. 14.3): one reference to the
 *       whole packet with the enveloped-signature transform, then exclusive canonicalisation. It covers everything,
 *       the leader's signature included, so nobody can swap the leader's signature without the agency's key. Its
 *       certificate must belong to the office in {@code From/OrganId}.
 * </ol>
 *
 * Both references are to the whole document the receiver processes ({@code URI=""}), never to an Id: no element can
 * be moved aside and replaced (signature wrapping), and the verifier accepts exactly these references and transforms.
 * The signing time is the signed time stamp of the sender's {@code TraceHeader}; certificates are checked at that
 * time. Status packets carry the agency's signature only.
 *
 * <p>Santuario checks signature values, with secure validation always on; whether a key is trusted, whether it
 * belongs to the sender, and whether the right content was signed is decided here, by {@link
 * vn.edoc.signature.PacketVerifier} as a checklist of named steps.
 *
 * <h2>Signatures inside the PDF</h2>
 *
 * In practice the signatures that bind by law sit in the attached PDF (PAdES, or the Adobe detached form Vietnamese
 * signing tools write), the envelope's often being a placeholder. {@link vn.edoc.signature.PdfSignatureVerifier} walks
 * each of them as a checklist too ({@link vn.edoc.signature.PdfCheck}): readable, integrity (Bouncy Castle verifies
 * the CMS over the byte ranges, streamed from the file, by the key alone), coverage (the whole file, or later
 * revisions that change no page: the seal after the leader's signature), time stamp, and the same certificate path,
 * key usage and revocation steps as the envelope's, against the same trust folder. What it finds is reported, never a
 * reason to refuse by default. {@link vn.edoc.signature.PdfSigner} writes such signatures (incremental, detached CMS,
 * DER so the padding of {@code /Contents} is never read as part of it).
 *
 * <h2>Both at once: the leader's envelope signature that leaves the attachments to the PDF</h2>
 *
 * ND30's order inside the PDF is the leader's signature, then the agency's seal added by the clerk. With the leader's
 * envelope signature over the attachments' bytes, that seal could not be added after the leader signed. So the
 * leader's signature has a second form, {@link vn.edoc.signature.SignerCoverage#CONTENT_IN_PDF}, for a packet whose
 * attachments are all PDFs: its XPath filter subtracts the attachments' {@code ContentTransferEncoded} as well, and
 * the verifier's step {@code CONTENT_IN_PDF} requires each attachment to be a PDF with a valid signature of the very
 * certificate that made the envelope signature (integrity, no page changed after it, chain, usage, revocation). The
 * binding between the leader and the file's content moves from the envelope into the file, where it is checked as
 * strictly; the envelope keeps covering the rest and the agency's signature covers everything. The verifier accepts
 * exactly the two subtracted expressions, and computes one more streamed digest for the second form (the attachments
 * skipped, so it costs little). A replay inside the office stays possible: a clerk could put in another PDF the same
 * leader signed earlier, which the leader's envelope signature does not tell apart; the seal's own PDF signature and
 * the audit log name who issued it.
 */
package vn.edoc.signature;
