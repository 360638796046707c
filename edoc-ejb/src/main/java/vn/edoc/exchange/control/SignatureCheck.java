package vn.edoc.exchange.control;

import java.nio.file.Path;
import java.util.List;
import vn.edoc.edxml.model.EdxmlPacket;
import vn.edoc.edxml.read.ReadLimits;
import vn.edoc.error.EdocException;
import vn.edoc.exchange.entity.VerifiedStep;
import vn.edoc.signature.PacketVerifier;
import vn.edoc.signature.SignatureRole;
import vn.edoc.signature.TrustConfiguration;
import vn.edoc.signature.VerificationReport;

/**
 * Verifies a packet's signatures against the trust in force. A failed step refuses the packet with that step's code
 * (the path names the signature), so nothing is stored; what passed is recorded with the packet.
 */
public final class SignatureCheck {
    private SignatureCheck() {}

    public static List<VerifiedStep> verified(
            TrustConfiguration trust, ReadLimits limits, byte[] bytes, EdxmlPacket model) {
        return recorded(new PacketVerifier(trust, limits).verify(bytes, model));
    }

    /** The same for a packet in a file, verified as a stream. */
    public static List<VerifiedStep> verified(
            TrustConfiguration trust, ReadLimits limits, Path file, EdxmlPacket model) {
        return recorded(new PacketVerifier(trust, limits).verify(file, model));
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
