package vn.edoc.signature;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.xml.stream.XMLStreamException;
import org.apache.xml.security.exceptions.XMLSecurityException;
import org.apache.xml.security.keys.KeyInfo;
import org.apache.xml.security.keys.content.X509Data;
import org.apache.xml.security.signature.XMLSignature;
import org.w3c.dom.Element;
import vn.edoc.edxml.model.DocumentPacket;
import vn.edoc.edxml.model.EdxmlPacket;
import vn.edoc.edxml.model.StatusPacket;
import vn.edoc.edxml.model.TraceHeader;
import vn.edoc.edxml.read.EdxmlReader;
import vn.edoc.edxml.read.ReadLimits;
import vn.edoc.edxml.read.ReadResult;
import vn.edoc.error.ErrorCode;
import vn.edoc.error.Problem;
import vn.edoc.signature.PdfAttachments.AttachedPdf;
import vn.edoc.time.Vietnam;

/**
 * Verifies a packet's signatures as one checklist ({@link VerificationStep}) and reports every step. Secure validation
 * is always on and there is no switch to turn a step off; trust comes only from the {@link TrustConfiguration}.
 */
public final class PacketVerifier {
    private static final ZoneId VIETNAM = Vietnam.ZONE;

    static {
        org.apache.xml.security.Init.init();
    }

    private final TrustConfiguration trust;
    private final EdxmlReader reader;
    private final EnvelopeSignatures policy;
    private final Clock clock;

    public PacketVerifier(TrustConfiguration trust, ReadLimits limits) {
        this(trust, limits, EnvelopeSignatures.REQUIRED);
    }

    /** A verifier under a connected system's policy ({@link EnvelopeSignatures}); real signatures always count. */
    public PacketVerifier(TrustConfiguration trust, ReadLimits limits, EnvelopeSignatures policy) {
        this(trust, limits, policy, Clock.systemUTC());
    }

    /**
     * The same, with the clock that says when "now" is for a packet that carries no time of its own (its certificates
     * are then checked at that moment).
     */
    public PacketVerifier(TrustConfiguration trust, ReadLimits limits, EnvelopeSignatures policy, Clock clock) {
        this.trust = trust;
        this.reader = new EdxmlReader(limits);
        this.policy = policy;
        this.clock = clock;
    }

    /** Reads the packet with the edXML reader, then verifies it. */
    public VerificationReport verify(byte[] packet) {
        try (ReadResult read = reader.read(packet)) {
            if (!read.isValid()) {
                Problem first = read.errors().get(0);
                return new VerificationReport(List.of(
                        StepResult.failed(VerificationStep.PACKET_READABLE, null, first.code(), first.arguments())));
            }
            return verify(packet, read.packet());
        }
    }

    /**
     * Verifies a packet the caller has read already and found valid ({@code model} is what the reader gave, its read
     * still open: a leader's signature in the content-in-PDF form has the attachments' PDFs checked).
     */
    public VerificationReport verify(byte[] packet, EdxmlPacket model) {
        return verify(new ByteArrayInputStream(packet), model, () -> pdfsOf(model));
    }

    /** Verifies a packet in a file, read as a stream: its size is not bounded by memory; as above for the model. */
    public VerificationReport verify(Path packet, EdxmlPacket model) {
        return verify(packet, model, (List<AttachedPdf>) null);
    }

    /**
     * Verifies a packet in a file whose PDF attachments the caller has checked already ({@code pdfs}, as {@link
     * PdfAttachments} gave them; null to have them checked here, the model's read still open).
     */
    public VerificationReport verify(Path packet, EdxmlPacket model, List<AttachedPdf> pdfs) {
        try (InputStream in = Files.newInputStream(packet)) {
            return verify(in, model, () -> pdfs != null ? pdfs : pdfsOf(model));
        } catch (IOException e) {
            throw new UncheckedIOException("The packet " + packet + " could not be read", e);
        }
    }

    private List<AttachedPdf> pdfsOf(EdxmlPacket model) {
        return model instanceof DocumentPacket document
                ? PdfAttachments.verify(document, new PdfSignatureVerifier(trust))
                : List.of();
    }

    private VerificationReport verify(InputStream packet, EdxmlPacket model, Supplier<List<AttachedPdf>> pdfs) {
        List<StepResult> steps = new ArrayList<>();
        steps.add(StepResult.passed(VerificationStep.PACKET_READABLE, null));
        StreamedPacket streamed;
        try {
            streamed = StreamedPacket.read(packet);
        } catch (XMLStreamException | XMLSecurityException | RuntimeException e) {
            steps.add(StepResult.failed(
                    VerificationStep.SIGNATURE_PLACEMENT,
                    null,
                    ErrorCode.PACKET_NOT_WELL_FORMED,
                    -1,
                    -1,
                    e.getMessage()));
            return new VerificationReport(steps);
        }
        Map<SignatureRole, Element> signatures = new EnumMap<>(SignatureRole.class);
        boolean placeholdersAllowed = policy == EnvelopeSignatures.IF_PRESENT;
        StepResult placement = SignaturePlacement.check(streamed.skeleton(), signatures, placeholdersAllowed);
        steps.add(placement != null ? placement : StepResult.passed(VerificationStep.SIGNATURE_PLACEMENT, null));
        // under IF_PRESENT an envelope without XML-DSig is vouched for by its system; one with any is held to the rule
        boolean signaturesExpected = policy == EnvelopeSignatures.REQUIRED || !signatures.isEmpty();
        for (SignatureRole role : SignatureRole.values()) {
            boolean required = signaturesExpected && (role == SignatureRole.AGENCY || model instanceof DocumentPacket);
            steps.addAll(verifyOne(role, signatures.get(role), required, model, streamed, pdfs));
        }
        return new VerificationReport(steps);
    }

    private List<StepResult> verifyOne(
            SignatureRole role,
            Element element,
            boolean required,
            EdxmlPacket model,
            StreamedPacket streamed,
            Supplier<List<AttachedPdf>> pdfs) {
        List<StepResult> steps = new ArrayList<>();
        if (element == null) {
            steps.add(
                    required
                            ? StepResult.failed(
                                    VerificationStep.SIGNATURES_PRESENT,
                                    role,
                                    ErrorCode.SIGNATURE_MISSING,
                                    role.ordinal())
                            : StepResult.skipped(VerificationStep.SIGNATURES_PRESENT, role));
            return skipRest(steps, role);
        }
        XMLSignature signature;
        List<X509Certificate> offered;
        try {
            signature = new XMLSignature(element, "", true);
            offered = certificates(signature.getKeyInfo());
        } catch (XMLSecurityException | RuntimeException e) {
            steps.add(StepResult.failed(
                    VerificationStep.SIGNATURES_PRESENT,
                    role,
                    ErrorCode.SIGNATURE_MALFORMED,
                    role.ordinal(),
                    e.getMessage()));
            return skipRest(steps, role);
        }
        if (offered.isEmpty()) {
            steps.add(StepResult.failed(
                    VerificationStep.SIGNATURES_PRESENT, role, ErrorCode.CERTIFICATE_MISSING, role.ordinal()));
            return skipRest(steps, role);
        }
        steps.add(StepResult.passed(VerificationStep.SIGNATURES_PRESENT, role));
        SignerCoverage coverage = role == SignatureRole.SIGNER ? SignatureChecks.signerCoverage(signature) : null;
        new Checklist(role, signature, offered, model, streamed.referenceDigest(role, coverage))
                .run(steps, coverage, pdfs);
        return steps;
    }

    private static List<StepResult> skipRest(List<StepResult> steps, SignatureRole role) {
        VerificationStep[] all = VerificationStep.values();
        for (int i = VerificationStep.ALGORITHMS.ordinal(); i < all.length; i++) {
            steps.add(StepResult.skipped(all[i], role));
        }
        return steps;
    }

    private static List<X509Certificate> certificates(KeyInfo keyInfo) throws XMLSecurityException {
        List<X509Certificate> certificates = new ArrayList<>();
        if (keyInfo == null) {
            return certificates;
        }
        for (int i = 0; i < keyInfo.lengthX509Data(); i++) {
            X509Data data = keyInfo.itemX509Data(i);
            for (int j = 0; j < data.lengthCertificate(); j++) {
                certificates.add(data.itemCertificate(j).getX509Certificate());
            }
        }
        return certificates;
    }

    /** The signing time: the signed time stamp of the sender's trace (or of the status); now when there is none. */
    private Date signingTime(EdxmlPacket model) {
        LocalDateTime time = null;
        if (model instanceof StatusPacket status) {
            time = status.timestamp();
        } else if (model instanceof DocumentPacket document && document.traceHeaderList() != null) {
            for (TraceHeader trace : document.traceHeaderList().traces()) {
                if (trace.organId().equals(document.from().organId())) {
                    time = trace.timestamp();
                }
            }
        }
        return Date.from(time == null ? clock.instant() : time.atZone(VIETNAM).toInstant());
    }

    /** The steps for one present signature, in order; after a failure the rest are not applicable. */
    private final class Checklist {
        private final SignatureRole role;
        private final XMLSignature signature;
        private final List<X509Certificate> offered;
        private final EdxmlPacket model;
        private final byte[] referenceDigest;

        Checklist(
                SignatureRole role,
                XMLSignature signature,
                List<X509Certificate> offered,
                EdxmlPacket model,
                byte[] referenceDigest) {
            this.role = role;
            this.signature = signature;
            this.offered = offered;
            this.model = model;
            this.referenceDigest = referenceDigest;
        }

        void run(List<StepResult> steps, SignerCoverage coverage, Supplier<List<AttachedPdf>> pdfs) {
            X509Certificate certificate = offered.get(0);
            CertificateChecks certificates = new CertificateChecks(trust);
            List<X509Certificate> path = new ArrayList<>();
            String signerName = model instanceof DocumentPacket d && d.header().signerInfo() != null
                    ? d.header().signerInfo().fullName()
                    : null;
            List<Step> checklist = List.of(
                    new Step(
                            VerificationStep.ALGORITHMS,
                            () -> SignatureChecks.algorithms(role, signature, certificate)),
                    new Step(VerificationStep.COVERAGE, () -> SignatureChecks.coverage(role, signature)),
                    new Step(
                            VerificationStep.SIGNATURE_VALUE,
                            () -> SignatureChecks.value(role, signature, certificate, referenceDigest)),
                    new Step(
                            VerificationStep.CERTIFICATE_PATH,
                            () -> certificates.path(role, certificate, offered, signingTime(model), path)),
                    new Step(VerificationStep.KEY_USAGE, () -> CertificateChecks.keyUsage(role, certificate)),
                    new Step(VerificationStep.REVOCATION, () -> certificates.revocation(role, path)),
                    new Step(
                            VerificationStep.SIGNER_BINDING,
                            () -> certificates.binding(
                                    role, certificate, model.from().organId(), signerName)),
                    new Step(
                            VerificationStep.CONTENT_IN_PDF,
                            () -> coverage == SignerCoverage.CONTENT_IN_PDF && model instanceof DocumentPacket d
                                    ? ContentInPdf.check(certificate, d, pdfs.get())
                                    : StepResult.skipped(VerificationStep.CONTENT_IN_PDF, role)));
            boolean failed = false;
            for (Step step : checklist) {
                if (failed) {
                    steps.add(StepResult.skipped(step.step(), role));
                    continue;
                }
                StepResult result = step.run(role);
                steps.add(result != null ? result : StepResult.passed(step.step(), role));
                failed = result != null && result.outcome() == StepResult.Outcome.FAILED;
            }
        }
    }

    /** A named step of the checklist; {@code null} from the check means passed. */
    private record Step(VerificationStep step, Check check) {
        StepResult run(SignatureRole role) {
            try {
                return check.run();
            } catch (XMLSecurityException | RuntimeException e) {
                return StepResult.failed(step, role, ErrorCode.SIGNATURE_MALFORMED, role.ordinal(), e.getMessage());
            }
        }
    }

    @FunctionalInterface
    private interface Check {
        StepResult run() throws XMLSecurityException;
    }
}
