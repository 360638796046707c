package vn.edoc.signature;

import java.security.GeneralSecurityException;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertStore;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.PKIXCertPathBuilderResult;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import vn.edoc.error.ErrorCode;

/** The steps about the signer's certificate. Each returns {@code null} when it passes. */
final class CertificateChecks {
    private final TrustConfiguration trust;

    CertificateChecks(TrustConfiguration trust) {
        this.trust = trust;
    }

    /**
     * The path from the certificate to a trust anchor, valid at {@code signingTime}; returns the path's certificates
     * (signer first, anchor's subject excluded) through {@code path}.
     */
    StepResult path(
            SignatureRole role,
            X509Certificate certificate,
            List<X509Certificate> offered,
            Date signingTime,
            List<X509Certificate> path) {
        String subject = certificate.getSubjectX500Principal().getName();
        try {
            certificate.checkValidity(signingTime);
        } catch (CertificateExpiredException e) {
            return StepResult.failed(
                    VerificationStep.CERTIFICATE_PATH,
                    role,
                    ErrorCode.CERTIFICATE_EXPIRED,
                    subject,
                    certificate.getNotAfter(),
                    signingTime);
        } catch (CertificateNotYetValidException e) {
            return StepResult.failed(
                    VerificationStep.CERTIFICATE_PATH,
                    role,
                    ErrorCode.CERTIFICATE_NOT_YET_VALID,
                    subject,
                    certificate.getNotBefore(),
                    signingTime);
        }
        try {
            X509CertSelector target = new X509CertSelector();
            target.setCertificate(certificate);
            PKIXBuilderParameters parameters = new PKIXBuilderParameters(trust.anchors(), target);
            List<X509Certificate> candidates = new ArrayList<>(offered);
            candidates.addAll(trust.intermediates());
            parameters.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(candidates)));
            parameters.setRevocationEnabled(false); // the REVOCATION step checks the configured CRLs itself
            parameters.setDate(signingTime);
            PKIXCertPathBuilderResult result = (PKIXCertPathBuilderResult)
                    CertPathBuilder.getInstance("PKIX").build(parameters);
            result.getCertPath().getCertificates().forEach(c -> path.add((X509Certificate) c));
            path.add(result.getTrustAnchor().getTrustedCert());
            return null;
        } catch (GeneralSecurityException e) {
            return StepResult.failed(
                    VerificationStep.CERTIFICATE_PATH, role, ErrorCode.CERTIFICATE_UNTRUSTED, subject, e.getMessage());
        }
    }

    static StepResult keyUsage(SignatureRole role, X509Certificate certificate) {
        boolean[] usage = certificate.getKeyUsage();
        // [0] digitalSignature, [1] nonRepudiation (contentCommitment)
        if (usage == null || !(usage[0] || usage[1])) {
            return StepResult.failed(
                    VerificationStep.KEY_USAGE,
                    role,
                    ErrorCode.CERTIFICATE_KEY_USAGE,
                    certificate.getSubjectX500Principal().getName());
        }
        return null;
    }

    /**
     * Every certificate of the path but the anchor against the configured CRLs. A revoked certificate fails whenever
     * it was revoked: without a trusted time stamp the claimed signing time could be backdated.
     */
    StepResult revocation(SignatureRole role, List<X509Certificate> path) {
        for (int i = 0; i + 1 < path.size(); i++) {
            X509Certificate certificate = path.get(i);
            X509CRL crl = crlFor(path.get(i + 1));
            String subject = certificate.getSubjectX500Principal().getName();
            if (crl == null) {
                if (trust.revocationPolicy() == RevocationPolicy.HARD_FAIL) {
                    return StepResult.failed(VerificationStep.REVOCATION, role, ErrorCode.REVOCATION_UNKNOWN, subject);
                }
                return new StepResult(
                        VerificationStep.REVOCATION,
                        role,
                        StepResult.Outcome.WARNING,
                        ErrorCode.REVOCATION_UNKNOWN,
                        subject);
            }
            X509CRLEntry entry = crl.getRevokedCertificate(certificate);
            if (entry != null) {
                return StepResult.failed(
                        VerificationStep.REVOCATION,
                        role,
                        ErrorCode.CERTIFICATE_REVOKED,
                        subject,
                        entry.getRevocationDate());
            }
        }
        return null;
    }

    /** A configured CRL issued and signed by {@code issuer}. */
    private X509CRL crlFor(X509Certificate issuer) {
        for (X509CRL crl : trust.crls()) {
            if (crl.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())) {
                try {
                    crl.verify(issuer.getPublicKey());
                    return crl;
                } catch (GeneralSecurityException e) {
                    // a CRL that its issuer did not sign says nothing
                }
            }
        }
        return null;
    }

    /**
     * The agency's seal must be registered for the sending office; the leader's name must be SignerInfo/FullName when the
     * header gives one, and a
     * leader's certificate that names an office must name the sending one (the province chairman does not sign a
     * commune's decision).
     */
    StepResult binding(SignatureRole role, X509Certificate certificate, String organId, String signerName) {
        String subject = certificate.getSubjectX500Principal().getName();
        if (role == SignatureRole.AGENCY && !trust.isRegisteredSeal(organId, certificate)) {
            return StepResult.failed(
                    VerificationStep.SIGNER_BINDING, role, ErrorCode.SIGNER_NOT_SENDER, subject, organId);
        }
        if (role == SignatureRole.SIGNER) {
            String commonName = commonName(certificate);
            // a header that names a signer must name this one; one that names nobody (an empty FullName the reader
            // forgave) claims nothing the certificate could contradict, and the page shows the certificate's name
            if (signerName != null && !normalized(commonName).equals(normalized(signerName))) {
                return StepResult.failed(
                        VerificationStep.SIGNER_BINDING, role, ErrorCode.SIGNER_NOT_NAMED, commonName, signerName);
            }
            String office = CertificateOffice.of(certificate).orElse(organId);
            if (!office.equals(organId)) {
                return StepResult.failed(
                        VerificationStep.SIGNER_BINDING,
                        role,
                        ErrorCode.SIGNER_NOT_OF_SENDER,
                        commonName,
                        office,
                        organId);
            }
        }
        return null;
    }

    /** The SHA-256 (hex) of the certificate's DER: which certificate it is, whatever the names say. */
    static String fingerprint(X509Certificate certificate) {
        try {
            return vn.edoc.edxml.Sha256.of(certificate.getEncoded());
        } catch (java.security.cert.CertificateEncodingException e) {
            // a certificate the provider parsed is encodable; should it not be, it matches nothing
            return null;
        }
    }

    static String commonName(X509Certificate certificate) {
        try {
            for (Rdn rdn : new LdapName(certificate.getSubjectX500Principal().getName()).getRdns()) {
                if (rdn.getType().equalsIgnoreCase("CN")) {
                    return rdn.getValue().toString();
                }
            }
        } catch (InvalidNameException e) {
            // no readable name: no match
        }
        return "";
    }

    private static String normalized(String name) {
        return Normalizer.normalize(name.strip(), Normalizer.Form.NFC).toLowerCase(Locale.forLanguageTag("vi"));
    }
}
