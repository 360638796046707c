package vn.edoc.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import vn.edoc.signature.SigningKey;
import vn.edoc.signature.TrustConfiguration;

/**
 * Trust in the sample PKI of {@code signing-keys-sample/keys}: its root, issuing CA and CRLs, and the seal of each
 * sample office ({@code offices/<OrganId>.p12}, published password). For tests and demos only.
 */
final class SampleTrust {
    private static final char[] SAMPLE_PASSWORD = "edoc-sample".toCharArray();

    private SampleTrust() {}

    static TrustConfiguration load(Path directory) throws IOException, GeneralSecurityException {
        TrustConfiguration trust = new TrustConfiguration();
        TrustConfiguration.certificates(directory.resolve("ca/root-ca.pem")).forEach(trust::trustAnchor);
        TrustConfiguration.certificates(directory.resolve("ca/intermediate-ca.pem"))
                .forEach(trust::intermediate);
        trust.crl(TrustConfiguration.crl(directory.resolve("ca/root-ca.crl.pem")));
        trust.crl(TrustConfiguration.crl(directory.resolve("ca/intermediate-ca.crl.pem")));
        try (DirectoryStream<Path> seals = Files.newDirectoryStream(directory.resolve("offices"), "*.p12")) {
            for (Path seal : seals) {
                String organId = seal.getFileName().toString().replaceFirst("(\\.next)?\\.p12$", "");
                trust.registerSeal(
                        organId, SigningKey.fromPkcs12(seal, SAMPLE_PASSWORD).certificate());
            }
        }
        return trust;
    }
}
