package vn.edoc.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.Certificate;
import java.util.HexFormat;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.edoc.client.EdocClient;
import vn.edoc.client.EdocClientException;

/**
 * A connected system registered with a TLS client certificate must present it: over HTTPS with it the call goes
 * through, over HTTPS without it or over plain HTTP it is refused (CLIENT_CERTIFICATE_REQUIRED). The test domain's
 * HTTPS listener (8181) asks clients for a certificate and trusts the test client's (bin/edoc test-domain start).
 */
@ExtendWith(ArquillianExtension.class)
class ClientCertificateIT {
    private static final String BASE_URL = System.getProperty("edoc.it.base-url", "http://localhost:8080");
    private static final Path CONFIG = TestTls.CONFIG;
    private static final String SYSTEM = "it-tls-dms";
    // UBND xã Ia Pnôn (Đức Cơ): nothing is sent to it
    private static final String OFFICE = "000.09.50.H21";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return EdocDeployment.ear();
    }

    @Test
    void aSystemWithACertificateMustPresentIt() throws Exception {
        KeyStore client = keyStore(CONFIG.resolve("it-client.p12"), "edoc-it");
        String secret = TestSystems.register(BASE_URL, SYSTEM, "\"" + OFFICE + "\"", 1000, null);
        OperatorApi.Answer registered = new OperatorApi(BASE_URL)
                .putJson(
                        "systems/" + SYSTEM,
                        "{\"name\":\"Test system " + SYSTEM + "\",\"scopes\":[\"" + OFFICE
                                + "\"],\"requestsPerMinute\":1000,\"certificateSha256\":\""
                                + sha256(client.getCertificate("it-dms")) + "\"}");
        assertThat(registered.status()).as(registered.body()).isEqualTo(200);

        EdocClient withCertificate = https(secret, client);
        assertThat(withCertificate.pending(OFFICE, 10, null, null).documents()).isEmpty();

        assertThatThrownBy(() -> https(secret, null).pending(OFFICE, 10, null, null))
                .isInstanceOfSatisfying(
                        EdocClientException.class, e -> assertThat(e.code()).isEqualTo("CLIENT_CERTIFICATE_REQUIRED"));
        assertThatThrownBy(() -> new AxisCalls(BASE_URL, SYSTEM, secret).getPendingDocuments(OFFICE))
                .isInstanceOfSatisfying(
                        SoapFault.class, f -> assertThat(f.code).isEqualTo("CLIENT_CERTIFICATE_REQUIRED"));
    }

    @Test
    void aSystemWithoutACertificateMayCallOverHttpsWithOrWithoutOne() throws Exception {
        String secret = TestSystems.register(BASE_URL, "it-tls-free-dms", "\"" + OFFICE + "\"", 1000, null);
        KeyStore client = keyStore(CONFIG.resolve("it-client.p12"), "edoc-it");

        assertThat(httpsAs("it-tls-free-dms", secret, client)
                        .pending(OFFICE, 10, null, null)
                        .documents())
                .isEmpty();
        assertThat(httpsAs("it-tls-free-dms", secret, null)
                        .pending(OFFICE, 10, null, null)
                        .documents())
                .isEmpty();
    }

    private static EdocClient https(String secret, KeyStore clientKey) throws Exception {
        return httpsAs(SYSTEM, secret, clientKey);
    }

    /** A client over HTTPS trusting the test domain's own certificate, presenting {@code clientKey} when given. */
    private static EdocClient httpsAs(String systemId, String secret, KeyStore clientKey) throws Exception {
        return TestTls.https(clientKey).system(systemId, secret).build();
    }

    private static KeyStore keyStore(Path file, String password) throws Exception {
        return TestTls.keyStore(file, password);
    }

    private static String sha256(Certificate certificate) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
    }
}
