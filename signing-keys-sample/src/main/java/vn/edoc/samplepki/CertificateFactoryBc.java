package vn.edoc.samplepki;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Issues X.509 certificates with Bouncy Castle: CA certificates and end-entity signing certificates. */
final class CertificateFactoryBc {
    private static final AtomicLong SERIAL = new AtomicLong(System.currentTimeMillis());

    /** What an end-entity certificate is for, and how it is signed. */
    record Profile(int keyUsage, String signatureAlgorithm) {
        static final Profile SIGNING =
                new Profile(KeyUsage.digitalSignature | KeyUsage.nonRepudiation, "SHA256withRSA");
    }

    private CertificateFactoryBc() {}

    static X509Certificate ca(
            X500Name subject, KeyPair keys, X509Certificate issuer, PrivateKey issuerKey, Instant from, Instant to)
            throws Exception {
        X509v3CertificateBuilder builder = builder(subject, keys, issuer, from, to);
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(issuer == null ? 1 : 0));
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        return sign(builder, issuerKey == null ? keys.getPrivate() : issuerKey, "SHA256withRSA");
    }

    static X509Certificate endEntity(
            X500Name subject,
            KeyPair keys,
            X509Certificate issuer,
            PrivateKey issuerKey,
            Instant from,
            Instant to,
            Profile profile)
            throws Exception {
        X509v3CertificateBuilder builder = builder(subject, keys, issuer, from, to);
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(profile.keyUsage()));
        builder.addExtension(
                Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_emailProtection));
        return sign(builder, issuerKey, profile.signatureAlgorithm());
    }

    private static X509v3CertificateBuilder builder(
            X500Name subject, KeyPair keys, X509Certificate issuer, Instant from, Instant to) throws Exception {
        X500Name issuerName = issuer == null
                ? subject
                : X500Name.getInstance(issuer.getSubjectX500Principal().getEncoded());
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                issuerName,
                BigInteger.valueOf(SERIAL.incrementAndGet()),
                Date.from(from),
                Date.from(to),
                subject,
                keys.getPublic());
        JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
        builder.addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(keys.getPublic()));
        if (issuer != null) {
            builder.addExtension(Extension.authorityKeyIdentifier, false, utils.createAuthorityKeyIdentifier(issuer));
        }
        return builder;
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey key, String algorithm)
            throws Exception {
        String effective = key.getAlgorithm().equals("EC") ? algorithm.replace("RSA", "ECDSA") : algorithm;
        return new JcaX509CertificateConverter()
                .getCertificate(builder.build(new JcaContentSignerBuilder(effective).build(key)));
    }
}
