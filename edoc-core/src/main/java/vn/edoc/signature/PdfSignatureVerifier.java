package vn.edoc.signature;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import vn.edoc.error.ErrorCode;

/**
 * Checks the signatures inside a PDF (PAdES and the Adobe detached form Vietnamese signing tools write): for each, who
 * signed (the certificate's name and office code), when (the signed time, a time-stamp token's time), whether it
 * covers the whole file or what was added later changes a page, its integrity, the chain to the trust folder's
 * anchors, revocation by its CRLs, key usage; a named checklist like {@link PacketVerifier}'s, with stable codes. A
 * document time stamp is checked as a signature of its authority. Thread-safe.
 */
public final class PdfSignatureVerifier {
    private static final String DETACHED = PDSignature.SUBFILTER_ADBE_PKCS7_DETACHED.getName();
    private static final String CADES = PDSignature.SUBFILTER_ETSI_CADES_DETACHED.getName();
    private static final String DOCUMENT_TIMESTAMP = "ETSI.RFC3161";

    private final CertificateChecks certificates;
    private final PdfLimits limits;
    private final Clock clock;

    public PdfSignatureVerifier(TrustConfiguration trust) {
        this(trust, PdfLimits.defaults());
    }

    public PdfSignatureVerifier(TrustConfiguration trust, PdfLimits limits) {
        this(trust, limits, Clock.systemUTC());
    }

    /** The same, with the clock that says when "now" is for a signature that gives no time of its own. */
    public PdfSignatureVerifier(TrustConfiguration trust, PdfLimits limits, Clock clock) {
        this.certificates = new CertificateChecks(trust);
        this.limits = limits;
        this.clock = clock;
    }

    /** Whether {@code file} starts as a PDF does, whatever its name says. */
    public static boolean isPdf(Path file) {
        try (var in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(1024);
            return new String(head, java.nio.charset.StandardCharsets.ISO_8859_1).contains("%PDF-");
        } catch (IOException e) {
            return false;
        }
    }

    /** Every signature of the PDF {@code file} ({@code name}: how reports call it) and its checks. */
    public PdfVerification verify(Path file, String name) {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            long length = Files.size(file);
            List<PdfSignatureReport> reports = new ArrayList<>();
            List<PDSignature> signatures = document.getSignatureDictionaries();
            for (int i = 0; i < signatures.size(); i++) {
                reports.add(
                        i < limits.maxSignatures()
                                ? check(file, length, document, signatures.get(i), i + 1)
                                : unreadable(i + 1, "more than " + limits.maxSignatures() + " signatures"));
            }
            return new PdfVerification(reports, null);
        } catch (IOException | RuntimeException e) {
            // a file PDFBox cannot read is the sender's fault, never the axis's: reported, not thrown
            return new PdfVerification(
                    List.of(), PdfCheckResult.failed(PdfCheck.READABLE, ErrorCode.PDF_UNREADABLE, name, reason(e)));
        }
    }

    private PdfSignatureReport check(Path file, long length, PDDocument document, PDSignature signature, int index)
            throws IOException {
        PdfByteRange range = PdfByteRange.of(file, signature.getByteRange(), length);
        String kind = signature.getSubFilter();
        if (range == null) {
            return unreadable(index, "byte range " + java.util.Arrays.toString(signature.getByteRange()));
        }
        if (!DETACHED.equals(kind) && !CADES.equals(kind) && !DOCUMENT_TIMESTAMP.equals(kind)) {
            return unreadable(index, "sub-filter " + kind);
        }
        CMSSignedData cms;
        SignerInformation signer;
        X509Certificate certificate;
        List<X509Certificate> offered;
        try {
            cms = new CMSSignedData(range, withoutPadding(signature.getContents()));
            if (cms.getSignerInfos().size() != 1) {
                return unreadable(index, cms.getSignerInfos().size() + " signers");
            }
            signer = cms.getSignerInfos().getSigners().iterator().next();
            offered = certificates(cms);
            certificate = signerCertificate(cms, signer);
        } catch (CMSException | GeneralSecurityException | RuntimeException e) {
            return unreadable(index, reason(e));
        }
        if (certificate == null) {
            return unreadable(index, "no signer certificate");
        }
        return new Checklist(file, length, document, index, range, cms, signer, certificate, offered)
                .run(DOCUMENT_TIMESTAMP.equals(kind), signature.getSignDate());
    }

    /** The checks of one readable signature, in checklist order. */
    private final class Checklist {
        private final Path file;
        private final long length;
        private final PDDocument document;
        private final int index;
        private final PdfByteRange range;
        private final CMSSignedData cms;
        private final SignerInformation signer;
        private final X509Certificate certificate;
        private final List<X509Certificate> offered;

        Checklist(
                Path file,
                long length,
                PDDocument document,
                int index,
                PdfByteRange range,
                CMSSignedData cms,
                SignerInformation signer,
                X509Certificate certificate,
                List<X509Certificate> offered) {
            this.file = file;
            this.length = length;
            this.document = document;
            this.index = index;
            this.range = range;
            this.cms = cms;
            this.signer = signer;
            this.certificate = certificate;
            this.offered = offered;
        }

        PdfSignatureReport run(boolean documentTimestamp, Calendar claimed) throws IOException {
            List<PdfCheckResult> checks = new ArrayList<>();
            checks.add(PdfCheckResult.passed(PdfCheck.READABLE));
            checks.add(integrity(documentTimestamp));
            checks.add(coverage());
            PdfTimestamp stamp = documentTimestamp
                    ? PdfTimestamp.ofDocument(cms, certificate)
                    : PdfTimestamp.of(signer, certificates, index);
            checks.add(stamp.check());
            Instant signedAt = documentTimestamp ? stamp.time() : signedAt(claimed);
            Date at = Date.from(firstOf(stamp.trustedTime(), signedAt, clock.instant()));
            List<X509Certificate> path = new ArrayList<>();
            PdfCheckResult chain = PdfCheckResult.of(
                    PdfCheck.CERTIFICATE_PATH, certificates.path(null, certificate, offered, at, path));
            checks.add(chain);
            checks.add(PdfCheckResult.of(PdfCheck.KEY_USAGE, CertificateChecks.keyUsage(null, certificate)));
            checks.add(
                    chain.failed()
                            ? PdfCheckResult.skipped(PdfCheck.REVOCATION)
                            : PdfCheckResult.of(PdfCheck.REVOCATION, certificates.revocation(null, path)));
            return new PdfSignatureReport(
                    index,
                    CertificateChecks.commonName(certificate),
                    certificate.getSubjectX500Principal().getName(),
                    CertificateOffice.of(certificate).orElse(null),
                    CertificateChecks.fingerprint(certificate),
                    signedAt,
                    stamp.trustedTime(),
                    range.end() == length,
                    documentTimestamp,
                    checks);
        }

        private PdfCheckResult integrity(boolean documentTimestamp) {
            try {
                boolean valid = documentTimestamp
                        ? PdfTimestamp.coversContent(cms, range)
                        // by the key alone: whether the certificate was valid then is CERTIFICATE_PATH's question
                        : signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate.getPublicKey()));
                return valid
                        ? PdfCheckResult.passed(PdfCheck.INTEGRITY)
                        : PdfCheckResult.failed(
                                PdfCheck.INTEGRITY, ErrorCode.PDF_SIGNATURE_INVALID, index, "signature value");
            } catch (CMSException | OperatorCreationException | IOException | RuntimeException e) {
                return PdfCheckResult.failed(PdfCheck.INTEGRITY, ErrorCode.PDF_SIGNATURE_INVALID, index, reason(e));
            }
        }

        private PdfCheckResult coverage() throws IOException {
            if (range.end() == length) {
                return PdfCheckResult.passed(PdfCheck.COVERAGE);
            }
            int changed;
            try {
                changed = PdfRevisions.firstChangedPage(file, range.end(), document, limits.maxDecodedBytes());
            } catch (PdfRevisions.TooLarge e) {
                return PdfCheckResult.failed(
                        PdfCheck.COVERAGE, ErrorCode.PDF_SIGNATURE_UNREADABLE, index, e.getMessage());
            }
            return changed == 0
                    ? PdfCheckResult.passed(PdfCheck.COVERAGE)
                    : PdfCheckResult.failed(PdfCheck.COVERAGE, ErrorCode.PDF_CHANGED_AFTER_SIGNING, index, changed);
        }

        private Instant signedAt(Calendar claimed) {
            Instant signed = PdfTimestamp.signingTime(signer);
            return signed != null ? signed : claimed == null ? null : claimed.toInstant();
        }
    }

    private static PdfSignatureReport unreadable(int index, String why) {
        List<PdfCheckResult> checks = new ArrayList<>();
        checks.add(PdfCheckResult.failed(PdfCheck.READABLE, ErrorCode.PDF_SIGNATURE_UNREADABLE, index, why));
        for (PdfCheck check : PdfCheck.values()) {
            if (check != PdfCheck.READABLE) {
                checks.add(PdfCheckResult.skipped(check));
            }
        }
        return new PdfSignatureReport(index, null, null, null, null, null, null, false, false, checks);
    }

    /**
     * The CMS without the zeros that fill the rest of the space the signer reserved in {@code /Contents}: exactly the
     * bytes of its first ASN.1 object, never re-encoded (re-encoding could reorder the signed attributes).
     */
    static byte[] withoutPadding(byte[] contents) throws IOException {
        java.io.ByteArrayInputStream in = new java.io.ByteArrayInputStream(contents);
        try (org.bouncycastle.asn1.ASN1InputStream asn1 = new org.bouncycastle.asn1.ASN1InputStream(in)) {
            if (asn1.readObject() == null) {
                throw new IOException("no CMS in /Contents");
            }
        }
        return java.util.Arrays.copyOf(contents, contents.length - in.available());
    }

    static List<X509Certificate> certificates(CMSSignedData cms) throws GeneralSecurityException {
        JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
        List<X509Certificate> all = new ArrayList<>();
        for (X509CertificateHolder holder : cms.getCertificates().getMatches(null)) {
            all.add(converter.getCertificate(holder));
        }
        return all;
    }

    @SuppressWarnings("unchecked")
    static X509Certificate signerCertificate(CMSSignedData cms, SignerInformation signer)
            throws GeneralSecurityException {
        var matches = cms.getCertificates().getMatches(signer.getSID());
        if (matches.isEmpty()) {
            return null;
        }
        return new JcaX509CertificateConverter()
                .getCertificate((X509CertificateHolder) matches.iterator().next());
    }

    /** The first time given; the last one is never null. */
    private static Instant firstOf(Instant... times) {
        for (Instant time : times) {
            if (time != null) {
                return time;
            }
        }
        throw new IllegalArgumentException("no time");
    }

    static String reason(Throwable e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName()
                + (message == null ? "" : ": " + message.lines().findFirst().orElse(""));
    }
}
