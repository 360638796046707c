package vn.edoc.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edoc.signature.PacketVerifierTest.assertFailure;
import static vn.edoc.signature.PacketVerifierTest.bytes;
import static vn.edoc.signature.PacketVerifierTest.replace;
import static vn.edoc.signature.PacketVerifierTest.unsigned;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import vn.edoc.edxml.Fixtures;
import vn.edoc.edxml.read.ReadLimits;
import vn.edoc.error.ErrorCode;

/**
 * Envelope signatures under IF_PRESENT (systems on the national SDK): no XML-DSig, or only the SDK's placeholder,
 * passes as unsigned; any real XML-DSig is held to the whole checklist, as under REQUIRED.
 */
class EnvelopePolicyTest {
    private static final TrustConfiguration TRUST = SamplePki.trust();
    private final PacketVerifier ifPresent =
            new PacketVerifier(TRUST, ReadLimits.defaults(), EnvelopeSignatures.IF_PRESENT);
    private final PacketSigner signer = new PacketSigner();

    @Test
    void anUnsignedDocumentPassesWithEveryRoleSkipped() {
        VerificationReport report = ifPresent.verify(unsigned());

        assertThat(report.isValid()).isTrue();
        assertThat(report.steps())
                .filteredOn(s -> s.step() == VerificationStep.SIGNATURES_PRESENT)
                .extracting(StepResult::outcome)
                .containsOnly(StepResult.Outcome.NOT_APPLICABLE);
    }

    @Test
    void theNationalSdkPlaceholderPassesAsUnsignedButIsNeverCalledSigned() {
        VerificationReport report = ifPresent.verify(bytes(Fixtures.interop("edoc_new.edxml")));

        assertThat(report.isValid()).isTrue();
        assertThat(report.steps())
                .noneMatch(s ->
                        s.step() == VerificationStep.SIGNATURES_PRESENT && s.outcome() == StepResult.Outcome.PASSED);
    }

    @Test
    void aRealSignatureIsVerifiedInFullAndATamperedOneFails() throws IOException {
        byte[] signed = signer.sign(
                signer.sign(unsigned(), SignatureRole.SIGNER, SamplePki.leader("nguyen-van-mau")),
                SignatureRole.AGENCY,
                SamplePki.office("000.00.00.H21"));
        assertThat(ifPresent.verify(signed).isValid()).isTrue();

        VerificationReport tampered = ifPresent.verify(replace(signed, "triển khai trục", "triển khai trụC"));
        assertFailure(
                tampered, VerificationStep.SIGNATURE_VALUE, SignatureRole.SIGNER, ErrorCode.SIGNATURE_VALUE_INVALID);
    }

    @Test
    void aLeadersSignatureWithoutTheAgencysIsRefusedAsUnderRequired() throws IOException {
        byte[] leaderOnly = signer.sign(unsigned(), SignatureRole.SIGNER, SamplePki.leader("nguyen-van-mau"));

        assertFailure(
                ifPresent.verify(leaderOnly),
                VerificationStep.SIGNATURES_PRESENT,
                SignatureRole.AGENCY,
                ErrorCode.SIGNATURE_MISSING);
    }
}
