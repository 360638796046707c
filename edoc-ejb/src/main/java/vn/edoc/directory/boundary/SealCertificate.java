package vn.edoc.directory.boundary;

import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import vn.edoc.edxml.Sha256;

/**
 * A seal certificate registered for an office, as the directory shows it: enough for a receiving system to recognise
 * the seal on a packet.
 *
 * @param sha256 the SHA-256 of the certificate's DER encoding, lower-case hexadecimal
 */
public record SealCertificate(String sha256, String subject, Instant notBefore, Instant notAfter) {
    public static SealCertificate of(X509Certificate certificate) {
        try {
            return new SealCertificate(
                    Sha256.of(certificate.getEncoded()),
                    certificate.getSubjectX500Principal().getName(),
                    certificate.getNotBefore().toInstant(),
                    certificate.getNotAfter().toInstant());
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
