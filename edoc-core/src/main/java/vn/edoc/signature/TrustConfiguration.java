package vn.edoc.signature;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the verifier trusts, as an operator configures it: trust anchors, intermediate CA certificates, CRLs, the
 * revocation policy, and each office's registered seal certificates. An office may have several registered
 * certificates at once, so that an old and a new seal overlap while it changes over.
 */
public final class TrustConfiguration {
    private final Set<TrustAnchor> anchors = new HashSet<>();
    private final List<X509Certificate> intermediates = new ArrayList<>();
    private final List<X509CRL> crls = new ArrayList<>();
    private final Map<String, List<X509Certificate>> officeSeals = new HashMap<>();
    private RevocationPolicy revocationPolicy = RevocationPolicy.HARD_FAIL;

    public TrustConfiguration trustAnchor(X509Certificate root) {
        anchors.add(new TrustAnchor(root, null));
        return this;
    }

    public TrustConfiguration intermediate(X509Certificate certificate) {
        intermediates.add(certificate);
        return this;
    }

    public TrustConfiguration crl(X509CRL crl) {
        crls.add(crl);
        return this;
    }

    public TrustConfiguration revocationPolicy(RevocationPolicy policy) {
        this.revocationPolicy = policy;
        return this;
    }

    /** Registers a seal certificate for an office; earlier registrations stay valid (rotation). */
    public TrustConfiguration registerSeal(String organId, X509Certificate certificate) {
        officeSeals.computeIfAbsent(organId, k -> new ArrayList<>()).add(certificate);
        return this;
    }

    /** Ends a registration (the end of a change-over). */
    public TrustConfiguration unregisterSeal(String organId, X509Certificate certificate) {
        officeSeals.getOrDefault(organId, new ArrayList<>()).remove(certificate);
        return this;
    }

    /** The seal certificates registered for an office, in registration order. */
    public List<X509Certificate> seals(String organId) {
        return List.copyOf(officeSeals.getOrDefault(organId, List.of()));
    }

    Set<TrustAnchor> anchors() {
        return Set.copyOf(anchors);
    }

    List<X509Certificate> intermediates() {
        return List.copyOf(intermediates);
    }

    List<X509CRL> crls() {
        return List.copyOf(crls);
    }

    RevocationPolicy revocationPolicy() {
        return revocationPolicy;
    }

    boolean isRegisteredSeal(String organId, X509Certificate certificate) {
        return officeSeals.getOrDefault(organId, List.of()).contains(certificate);
    }

    /** Reads every certificate in a PEM or DER file. */
    public static List<X509Certificate> certificates(Path file) throws IOException, GeneralSecurityException {
        try (InputStream in = Files.newInputStream(file)) {
            return certificates(in);
        }
    }

    /** Reads every certificate in a PEM or DER stream (left open). */
    public static List<X509Certificate> certificates(InputStream in) throws GeneralSecurityException {
        Collection<? extends java.security.cert.Certificate> read =
                CertificateFactory.getInstance("X.509").generateCertificates(in);
        return read.stream().map(X509Certificate.class::cast).toList();
    }

    /** Reads a CRL from a PEM or DER file. */
    public static X509CRL crl(Path file) throws IOException, GeneralSecurityException {
        try (InputStream in = Files.newInputStream(file)) {
            return crl(in);
        }
    }

    /** Reads a CRL from a PEM or DER stream (left open). */
    public static X509CRL crl(InputStream in) throws GeneralSecurityException {
        return (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(in);
    }
}
