package vn.edoc.samplepki;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;

/** Writes the sample keys: PKCS#12 (key and chain) and PEM (certificates, CRL). */
final class KeyFiles {
    /** The published password of every sample PKCS#12 file: they are samples, not secrets. */
    static final char[] PASSWORD = "edoc-sample".toCharArray();

    /** The alias of the key inside every sample PKCS#12 file. */
    static final String ALIAS = "signing";

    private KeyFiles() {}

    static void pkcs12(Path file, PrivateKey key, X509Certificate... chain) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry(ALIAS, key, PASSWORD, chain);
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, PASSWORD);
        }
    }

    /**
     * A leader's key for the remote signing service's vault: protected by the leader's PIN with PBES2 (AES-256,
     * HMAC-SHA256, 150 000 iterations), so the file is useless without the PIN.
     */
    static void vault(Path file, char[] pin, PrivateKey key, X509Certificate... chain) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        byte[] salt = new byte[16];
        new java.security.SecureRandom().nextBytes(salt);
        KeyStore.PasswordProtection protection = new KeyStore.PasswordProtection(
                pin, "PBEWithHmacSHA256AndAES_256", new javax.crypto.spec.PBEParameterSpec(salt, 150_000));
        store.setEntry(ALIAS, new KeyStore.PrivateKeyEntry(key, chain), protection);
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, pin);
        }
    }

    static void pem(Path file, Object... objects) throws IOException {
        Files.createDirectories(file.getParent());
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.US_ASCII);
                JcaPEMWriter pem = new JcaPEMWriter(out)) {
            for (Object object : objects) {
                pem.writeObject(object);
            }
        }
    }

    static void crl(Path file, X509CRL crl) throws IOException {
        pem(file, crl);
    }
}
