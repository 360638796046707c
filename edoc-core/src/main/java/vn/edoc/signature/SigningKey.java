package vn.edoc.signature;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** A private key with its certificate chain, signer's certificate first. */
public record SigningKey(PrivateKey privateKey, List<X509Certificate> chain) {
    public SigningKey {
        chain = List.copyOf(chain);
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("a signing key needs its certificate");
        }
    }

    public X509Certificate certificate() {
        return chain.get(0);
    }

    /** The first key of a PKCS#12 file. The password is used and not kept. */
    public static SigningKey fromPkcs12(Path file, char[] password) throws IOException, GeneralSecurityException {
        try (InputStream in = Files.newInputStream(file)) {
            return fromPkcs12(in, password);
        }
    }

    /** The first key of a PKCS#12 stream (left open). */
    public static SigningKey fromPkcs12(InputStream in, char[] password) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(in, password);
        for (String alias : Collections.list(store.aliases())) {
            if (store.isKeyEntry(alias)) {
                PrivateKey key = (PrivateKey) store.getKey(alias, password);
                Certificate[] chain = store.getCertificateChain(alias);
                return new SigningKey(
                        key,
                        Arrays.stream(chain).map(X509Certificate.class::cast).toList());
            }
        }
        throw new GeneralSecurityException("no private key in the PKCS#12 file");
    }
}
