package vn.edoc.exchange.control;

import java.nio.file.Path;
import java.util.List;
import vn.edoc.edxml.model.EdxmlPacket;
import vn.edoc.edxml.read.ReadLimits;
import vn.edoc.error.EdocException;
import vn.edoc.exchange.entity.VerifiedStep;
import vn.edoc.signature.EnvelopeSignatures;
import vn.edoc.signature.PacketVerifier;
import vn.edoc.signature.PdfAttachments.AttachedPdf;
import vn.edoc.signature.SignatureRole;
import vn.edoc.signature.StepResult;
import vn.edoc.signature.TrustConfiguration;
import vn.edoc.signature.VerificationReport;
import vn.edoc.signature.VerificationStep;

/**
 * Verifies a packet's signatures against the trust in force. A failed step refuses the packet with that step's code
 * (the path names the signature), so nothing is stored; what passed is recorded with the packet.
 */
public final class SignatureCheck {
    private SignatureCheck() {}

    public static List<VerifiedStep> verified(
            TrustConfiguration trust, ReadLimits limits, byte[] bytes, EdxmlPacket model) {
        return verified(trust, limits, bytes, model, EnvelopeSignatures.REQUIRED);
    }

    /** The same under the sending system's policy. */
    public static List<VerifiedStep> verified(
            TrustConfiguration trust, ReadLimits limits, byte[] bytes, EdxmlPacket model, EnvelopeSignatures policy) {
        return recorded(new PacketVerifier(trust, limits, policy).verify(bytes, model));
    }

    /** The same for a packet in a file, verified as a stream. */
    public static List<VerifiedStep> verified(
            TrustConfiguration trust, ReadLimits limits, Path file, EdxmlPacket model) {
        return verified(trust, limits, file, model, EnvelopeSignatures.REQUIRED);
    }

    /** The same for a packet in a file under the sending system's policy. */
    public static List<VerifiedStep> verified(
            TrustConfiguration trust, ReadLimits limits, Path file, EdxmlPacket model, EnvelopeSignatures policy) {
        return recorded(new PacketVerifier(trust, limits, policy).verify(file, model));
    }

    /**
     * The same for a document whose PDF attachments the intake checked already ({@code pdfs}): a leader's signature
     * that leaves the attachments to the PDFs is bound to them by these.
     */
    public static List<VerifiedStep> verified(
            TrustConfiguration trust,
            ReadLimits limits,
            Path file,
            EdxmlPacket model,
            EnvelopeSignatures policy,
            List<AttachedPdf> pdfs) {
        return recorded(new PacketVerifier(trust, limits, policy).verify(file, model, pdfs));
    }

    /**
     * Whether the verified envelope carried no XML-DSig signature at all (accepted so only under {@link
     * EnvelopeSignatures#IF_PRESENT}, vouched for by the sending system).
     */
    public static boolean envelopeUnsigned(List<VerifiedStep> steps) {
        return steps.stream()
                .noneMatch(s -> VerificationStep.SIGNATURES_PRESENT.name().equals(s.step())
                        && StepResult.Outcome.PASSED.name().equals(s.outcome()));
    }

    private static List<VerifiedStep> recorded(VerificationReport report) {
        report.firstFailure().ifPresent(failure -> {
            throw new EdocException(failure.code(), signaturePath(failure.role()), failure.arguments());
        });
        return report.steps().stream()
                .map(s -> new VerifiedStep(
                        s.step().name(),
                        s.role() == null ? null : s.role().name(),
                        s.outcome().name(),
                        s.code() == null ? null : s.code().name()))
                .toList();
    }

    private static String signaturePath(SignatureRole role) {
        String header = "/edXML/edXMLEnvelope/edXMLHeader";
        return role == null ? header : header + "/Signature[@Id='" + role.id() + "']";
    }
}
