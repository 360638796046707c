package vn.edoc.signature;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.util.List;

/** The sample PKI of {@code signing-keys-sample}, read from its jar on the test class path. */
final class SamplePki {
    static final char[] PASSWORD = "edoc-sample".toCharArray();
    static final List<String> OFFICES = List.of(
            "000.00.00.H21",
            "000.00.01.H21",
            "000.00.02.H21",
            "000.00.03.H21",
            "000.00.04.H21",
            "000.00.41.H21",
            "000.00.42.H21",
            "000.00.46.H21",
            "000.01.41.H21",
            "000.02.41.H21",
            "000.03.41.H21",
            "000.01.42.H21",
            "000.02.42.H21",
            "000.01.46.H21",
            "000.02.46.H21");

    private SamplePki() {}

    static SigningKey office(String organId) {
        return key("offices/" + organId + ".p12");
    }

    static SigningKey leader(String name) {
        return key("leaders/" + name + ".p12");
    }

    static SigningKey bad(String defect) {
        return key("bad/" + defect + ".p12");
    }

    static SigningKey key(String path) {
        try (InputStream in = open(path)) {
            return SigningKey.fromPkcs12(in, PASSWORD);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Trusts the sample root, knows its CRLs (hard fail), and registers each sample office's seal. */
    static TrustConfiguration trust() {
        try (InputStream root = open("ca/root-ca.pem");
                InputStream intermediate = open("ca/intermediate-ca.pem");
                InputStream rootCrl = open("ca/root-ca.crl.pem");
                InputStream crl = open("ca/intermediate-ca.crl.pem")) {
            TrustConfiguration trust = new TrustConfiguration()
                    .trustAnchor(TrustConfiguration.certificates(root).get(0))
                    .intermediate(TrustConfiguration.certificates(intermediate).get(0))
                    .crl(TrustConfiguration.crl(rootCrl))
                    .crl(TrustConfiguration.crl(crl));
            for (String organId : OFFICES) {
                trust.registerSeal(organId, office(organId).certificate());
            }
            return trust;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InputStream open(String path) {
        InputStream in = SamplePki.class.getResourceAsStream("/sample-pki/" + path);
        if (in == null) {
            throw new IllegalStateException(
                    "no sample key " + path + " (is signing-keys-sample on the test class path?)");
        }
        return in;
    }
}
