package vn.edoc.it;

import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import vn.edoc.client.EdocClient;

/** Clients of the test domain's HTTPS listener (8181), trusting its own certificate and no other. */
final class TestTls {
    static final String HTTPS_URL = "https://localhost:8181/edoc-ws/AxisService";
    static final Path CONFIG = Path.of(System.getProperty("edoc.it.domains", "target/domains"), "edoc-test", "config");

    private TestTls() {}

    /** A client builder over HTTPS trusting the test domain's certificate, presenting {@code clientKey} when given. */
    static EdocClient.Builder https(KeyStore clientKey) throws Exception {
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(keyStore(CONFIG.resolve("keystore.p12"), "changeit"));
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        if (clientKey != null) {
            keys.init(clientKey, "edoc-it".toCharArray());
        }
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(clientKey == null ? null : keys.getKeyManagers(), trust.getTrustManagers(), null);
        return EdocClient.builder(URI.create(HTTPS_URL))
                .sslSocketFactory(tls.getSocketFactory())
                // the domain's self-signed certificate names the machine, not localhost; it is the only one trusted
                .hostnameVerifier((host, session) -> "localhost".equals(host));
    }

    static KeyStore keyStore(Path file, String password) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, password.toCharArray());
        }
        return store;
    }
}
