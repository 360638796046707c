package vn.edoc.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.edoc.edxml.Fixtures;
import vn.edoc.edxml.read.ReadLimits;
import vn.edoc.error.ErrorCode;

/** The checklist against the sample PKI: good packets pass every step, each defect fails at its own step. */
class PacketVerifierTest {
    private static final TrustConfiguration TRUST = SamplePki.trust();
    private final PacketSigner signer = new PacketSigner();
    private final PacketVerifier verifier = new PacketVerifier(TRUST, ReadLimits.defaults());

    @Test
    void aPacketSignedByTheLeaderAndTheAgencyPassesEveryStep() throws IOException {
        VerificationReport report = verifier.verify(signedByBoth());

        assertThat(report.firstFailure()).isEmpty();
        assertThat(report.isValid()).isTrue();
        assertThat(report.steps())
                .filteredOn(s -> s.role() != null)
                .hasSize(2 * 9)
                .allSatisfy(s -> assertThat(s.outcome())
                        .as(s.step() + " " + s.role())
                        .isEqualTo(
                                s.step() == VerificationStep.CONTENT_IN_PDF
                                        ? StepResult.Outcome.NOT_APPLICABLE
                                        : StepResult.Outcome.PASSED));
    }

    @Test
    void aDocumentWithTheAgencySignatureOnlyLacksTheLeaders() throws IOException {
        byte[] packet = signer.sign(unsigned(), SignatureRole.AGENCY, SamplePki.office("000.00.00.H21"));

        VerificationReport report = verifier.verify(packet);

        assertFailure(report, VerificationStep.SIGNATURES_PRESENT, SignatureRole.SIGNER, ErrorCode.SIGNATURE_MISSING);
        assertThat(report.step(VerificationStep.SIGNER_BINDING, SignatureRole.AGENCY)
                        .orElseThrow()
                        .outcome())
                .isEqualTo(StepResult.Outcome.PASSED);
    }

    @Test
    void anUnsignedDocumentLacksBothSignatures() throws IOException {
        VerificationReport report = verifier.verify(unsigned());

        assertThat(report.isValid()).isFalse();
        assertThat(report.steps())
                .filteredOn(s -> s.step() == VerificationStep.SIGNATURES_PRESENT)
                .extracting(StepResult::code)
                .containsExactly(ErrorCode.SIGNATURE_MISSING, ErrorCode.SIGNATURE_MISSING);
        StepResult leader = report.step(VerificationStep.SIGNATURES_PRESENT, SignatureRole.SIGNER)
                .orElseThrow();
        assertThat(leader.message(Locale.forLanguageTag("vi"))).isEqualTo("Thiếu chữ ký số của người có thẩm quyền.");
        assertThat(report.step(VerificationStep.SIGNATURES_PRESENT, SignatureRole.AGENCY)
                        .orElseThrow()
                        .message(Locale.ENGLISH))
                .isEqualTo("The agency signature is missing.");
    }

    @Test
    void aStatusPacketNeedsOnlyTheAgencySignature() throws IOException {
        byte[] status = Files.readAllBytes(Fixtures.resource("/packets/valid/status-refused.edxml"));
        byte[] signed = signer.sign(status, SignatureRole.AGENCY, SamplePki.office("000.00.02.H21"));

        assertThat(verifier.verify(signed).isValid()).isTrue();
    }

    @Test
    void changingAByteOfMetadataAfterSigningFailsTheValue() throws IOException {
        byte[] tampered = replace(signedByBoth(), "triển khai trục", "triển khai trụC");

        VerificationReport report = verifier.verify(tampered);

        assertFailure(
                report, VerificationStep.SIGNATURE_VALUE, SignatureRole.SIGNER, ErrorCode.SIGNATURE_VALUE_INVALID);
        assertFailure(
                report, VerificationStep.SIGNATURE_VALUE, SignatureRole.AGENCY, ErrorCode.SIGNATURE_VALUE_INVALID);
    }

    @Test
    void changingAByteOfAnAttachmentFailsTheValue() throws IOException {
        String packet = new String(signedByBoth(), StandardCharsets.UTF_8);
        int content = packet.indexOf(">", packet.lastIndexOf("ContentTransferEncoded xmlns")) + 20;
        char original = packet.charAt(content);
        String tampered = packet.substring(0, content) + (original == 'A' ? 'B' : 'A') + packet.substring(content + 1);

        VerificationReport report = verifier.verify(tampered.getBytes(StandardCharsets.UTF_8));

        assertFailure(
                report, VerificationStep.SIGNATURE_VALUE, SignatureRole.AGENCY, ErrorCode.SIGNATURE_VALUE_INVALID);
    }

    @Test
    void theNationalSdkPlaceholderSignatureIsNeverValid() {
        VerificationReport report = verifier.verify(bytes(Fixtures.interop("edoc_new.edxml")));

        assertThat(report.isValid()).isFalse();
        assertFailure(report, VerificationStep.SIGNATURE_PLACEMENT, null, ErrorCode.SIGNATURE_NOT_XMLDSIG);
    }

    @ParameterizedTest
    @CsvSource({
        "expired, CERTIFICATE_PATH, CERTIFICATE_EXPIRED",
        "not-yet-valid, CERTIFICATE_PATH, CERTIFICATE_NOT_YET_VALID",
        "revoked, REVOCATION, CERTIFICATE_REVOKED",
        "unknown-ca, CERTIFICATE_PATH, CERTIFICATE_UNTRUSTED",
        "wrong-key-usage, KEY_USAGE, CERTIFICATE_KEY_USAGE",
        "rsa-1024, ALGORITHMS, SIGNATURE_KEY_TOO_SHORT",
        "sha1, ALGORITHMS, SIGNATURE_ALGORITHM_FORBIDDEN"
    })
    void eachBadCertificateFailsWithItsOwnCode(String defect, VerificationStep step, ErrorCode code)
            throws IOException {
        TrustConfiguration trust = SamplePki.trust()
                .registerSeal("000.00.00.H21", SamplePki.bad(defect).certificate());
        byte[] packet = signer.sign(signedByLeader(), SignatureRole.AGENCY, SamplePki.bad(defect));

        VerificationReport report = new PacketVerifier(trust, ReadLimits.defaults()).verify(packet);

        assertFailure(report, step, SignatureRole.AGENCY, code);
        assertThat(report.step(VerificationStep.SIGNER_BINDING, SignatureRole.SIGNER)
                        .orElseThrow()
                        .outcome())
                .isEqualTo(StepResult.Outcome.PASSED);
    }

    @Test
    void anotherOfficesSealIsNotTheSendersSeal() throws IOException {
        byte[] packet = signer.sign(signedByLeader(), SignatureRole.AGENCY, SamplePki.office("000.00.02.H21"));

        assertFailure(
                verifier.verify(packet),
                VerificationStep.SIGNER_BINDING,
                SignatureRole.AGENCY,
                ErrorCode.SIGNER_NOT_SENDER);
    }

    @Test
    void aLeaderWhoIsNotTheNamedSignerIsRefused() throws IOException {
        byte[] byOther = signer.sign(unsigned(), SignatureRole.SIGNER, SamplePki.leader("tran-thi-lan"));
        byte[] packet = signer.sign(byOther, SignatureRole.AGENCY, SamplePki.office("000.00.00.H21"));

        VerificationReport report = verifier.verify(packet);

        assertFailure(report, VerificationStep.SIGNER_BINDING, SignatureRole.SIGNER, ErrorCode.SIGNER_NOT_NAMED);
        assertThat(report.firstFailure().orElseThrow().message(Locale.forLanguageTag("vi")))
                .contains("Trần Thị Lan");
    }

    @Test
    void aHeaderThatNamesNoSignerClaimsNothingTheCertificateCouldContradict() throws IOException {
        byte[] nameless = replace(
                unsigned(), "<edXML:FullName>Nguyễn Văn Mẫu</edXML:FullName>", "<edXML:FullName></edXML:FullName>");
        byte[] byLeader = signer.sign(nameless, SignatureRole.SIGNER, SamplePki.leader("nguyen-van-mau"));
        byte[] packet = signer.sign(byLeader, SignatureRole.AGENCY, SamplePki.office("000.00.00.H21"));

        VerificationReport report = verifier.verify(packet);

        assertThat(report.isValid()).as(report.toString()).isTrue();
    }

    @Test
    void aCommunesDecisionSignedByTheProvinceChairmanIsNotTheCommunesDocument() throws IOException {
        byte[] fromPleiku = replace(
                unsigned(),
                "<edXML:OrganId>000.00.00.H21</edXML:OrganId>",
                "<edXML:OrganId>000.00.41.H21</edXML:OrganId>");
        byte[] byChairman = signer.sign(fromPleiku, SignatureRole.SIGNER, SamplePki.leader("nguyen-van-mau"));
        byte[] packet = signer.sign(byChairman, SignatureRole.AGENCY, SamplePki.office("000.00.41.H21"));

        VerificationReport report = verifier.verify(packet);

        assertFailure(report, VerificationStep.SIGNER_BINDING, SignatureRole.SIGNER, ErrorCode.SIGNER_NOT_OF_SENDER);
        assertThat(report.firstFailure().orElseThrow().message(Locale.forLanguageTag("vi")))
                .contains("000.00.00.H21")
                .contains("000.00.41.H21");
    }

    @Test
    void bothSealsOfAnOfficeWorkDuringAChangeOver() throws IOException {
        SigningKey next = SamplePki.key("offices/000.00.00.H21.next.p12");
        SigningKey current = SamplePki.office("000.00.00.H21");
        TrustConfiguration trust = SamplePki.trust().registerSeal("000.00.00.H21", next.certificate());
        PacketVerifier during = new PacketVerifier(trust, ReadLimits.defaults());
        byte[] withCurrent = signer.sign(signedByLeader(), SignatureRole.AGENCY, current);
        byte[] withNext = signer.sign(signedByLeader(), SignatureRole.AGENCY, next);

        assertThat(during.verify(withCurrent).isValid()).isTrue();
        assertThat(during.verify(withNext).isValid()).isTrue();

        trust.unregisterSeal("000.00.00.H21", current.certificate());
        assertFailure(
                during.verify(withCurrent),
                VerificationStep.SIGNER_BINDING,
                SignatureRole.AGENCY,
                ErrorCode.SIGNER_NOT_SENDER);
        assertThat(during.verify(withNext).isValid()).isTrue();
    }

    @Test
    void softFailAcceptsAnUnknownRevocationWithAWarning() throws IOException {
        TrustConfiguration withoutCrls = new TrustConfiguration()
                .trustAnchor(SamplePki.office("000.00.00.H21").chain().get(2))
                .registerSeal("000.00.00.H21", SamplePki.office("000.00.00.H21").certificate());
        byte[] packet = signedByBoth();

        VerificationReport hard = new PacketVerifier(withoutCrls, ReadLimits.defaults()).verify(packet);
        VerificationReport soft = new PacketVerifier(
                        withoutCrls.revocationPolicy(RevocationPolicy.SOFT_FAIL), ReadLimits.defaults())
                .verify(packet);

        assertFailure(hard, VerificationStep.REVOCATION, SignatureRole.AGENCY, ErrorCode.REVOCATION_UNKNOWN);
        assertThat(soft.isValid()).isTrue();
        assertThat(soft.step(VerificationStep.REVOCATION, SignatureRole.AGENCY)
                        .orElseThrow()
                        .outcome())
                .isEqualTo(StepResult.Outcome.WARNING);
    }

    static void assertFailure(VerificationReport report, VerificationStep step, SignatureRole role, ErrorCode code) {
        StepResult result = report.step(step, role)
                .orElseThrow(() -> new AssertionError("no step " + step + " " + role + " in " + report));
        assertThat(result.outcome()).as(step + " " + role + " in " + report).isEqualTo(StepResult.Outcome.FAILED);
        assertThat(result.code()).as(step + " " + role).isEqualTo(code);
        assertThat(report.isValid()).isFalse();
    }

    static byte[] unsigned() {
        return bytes(Fixtures.resource("/packets/valid/gia-lai-decision.edxml"));
    }

    byte[] signedByLeader() throws IOException {
        return signer.sign(unsigned(), SignatureRole.SIGNER, SamplePki.leader("nguyen-van-mau"));
    }

    byte[] signedByBoth() throws IOException {
        return signer.sign(signedByLeader(), SignatureRole.AGENCY, SamplePki.office("000.00.00.H21"));
    }

    static byte[] replace(byte[] packet, String from, String to) {
        String text = new String(packet, StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        return text.replace(from, to).getBytes(StandardCharsets.UTF_8);
    }

    static byte[] bytes(java.nio.file.Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
