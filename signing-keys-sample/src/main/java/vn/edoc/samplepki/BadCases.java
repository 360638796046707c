package vn.edoc.samplepki;

import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Instant;
import org.bouncycastle.asn1.x509.KeyUsage;

/**
 * Seals of UBND tỉnh Gia Lai ({@code 000.00.00.H21}) with exactly one defect each, named after it, so that a verifier
 * test can tell which step refused them.
 */
final class BadCases {
    private static final String ORGAN_ID = "000.00.00.H21";
    private static final String ORGAN_NAME = "UBND tỉnh Gia Lai";

    private final SamplePkiGenerator pki;

    BadCases(SamplePkiGenerator pki) {
        this.pki = pki;
    }

    void generate() throws Exception {
        seal(
                "expired",
                SamplePkiGenerator.rsa(2048),
                Instant.parse("2020-01-01T00:00:00Z"),
                Instant.parse("2021-01-01T00:00:00Z"),
                CertificateFactoryBc.Profile.SIGNING);
        seal(
                "not-yet-valid",
                SamplePkiGenerator.rsa(2048),
                Instant.parse("2040-01-01T00:00:00Z"),
                Instant.parse("2045-01-01T00:00:00Z"),
                CertificateFactoryBc.Profile.SIGNING);
        X509Certificate revoked = seal(
                "revoked",
                SamplePkiGenerator.rsa(2048),
                SamplePkiGenerator.FROM,
                SamplePkiGenerator.TO,
                CertificateFactoryBc.Profile.SIGNING);
        pki.crl(revoked);
        seal(
                "wrong-key-usage",
                SamplePkiGenerator.rsa(2048),
                SamplePkiGenerator.FROM,
                SamplePkiGenerator.TO,
                new CertificateFactoryBc.Profile(KeyUsage.keyEncipherment, "SHA256withRSA"));
        seal(
                "rsa-1024",
                SamplePkiGenerator.rsa(1024),
                SamplePkiGenerator.FROM,
                SamplePkiGenerator.TO,
                CertificateFactoryBc.Profile.SIGNING);
        seal(
                "sha1",
                SamplePkiGenerator.rsa(2048),
                SamplePkiGenerator.FROM,
                SamplePkiGenerator.TO,
                new CertificateFactoryBc.Profile(KeyUsage.digitalSignature | KeyUsage.nonRepudiation, "SHA1withRSA"));
        unknownCa();
    }

    private X509Certificate seal(
            String defect, KeyPair keys, Instant from, Instant to, CertificateFactoryBc.Profile profile)
            throws Exception {
        return pki.seal(file(defect), ORGAN_ID, ORGAN_NAME, keys, from, to, profile);
    }

    /** A seal issued by a root nobody trusts, with a name like the real one's. */
    private void unknownCa() throws Exception {
        KeyPair rootKeys = SamplePkiGenerator.rsa(2048);
        X509Certificate root = CertificateFactoryBc.ca(
                new org.bouncycastle.asn1.x500.X500NameBuilder(org.bouncycastle.asn1.x500.style.BCStyle.INSTANCE)
                        .addRDN(org.bouncycastle.asn1.x500.style.BCStyle.C, "VN")
                        .addRDN(org.bouncycastle.asn1.x500.style.BCStyle.O, "edoc SAMPLE PKI - not for production")
                        .addRDN(org.bouncycastle.asn1.x500.style.BCStyle.CN, "edoc SAMPLE Unknown Root CA")
                        .build(),
                rootKeys,
                null,
                null,
                SamplePkiGenerator.CA_FROM,
                SamplePkiGenerator.CA_TO);
        KeyPair keys = SamplePkiGenerator.rsa(2048);
        X509Certificate certificate = CertificateFactoryBc.endEntity(
                SamplePkiGenerator.name(ORGAN_NAME, ORGAN_NAME, ORGAN_ID).build(),
                keys,
                root,
                rootKeys.getPrivate(),
                SamplePkiGenerator.FROM,
                SamplePkiGenerator.TO,
                CertificateFactoryBc.Profile.SIGNING);
        KeyFiles.pkcs12(file("unknown-ca"), keys.getPrivate(), certificate, root);
        KeyFiles.pem(pki.out().resolve("ca/unknown-root-ca.pem"), root);
    }

    private Path file(String defect) {
        return pki.out().resolve("bad/" + defect + ".p12");
    }
}
