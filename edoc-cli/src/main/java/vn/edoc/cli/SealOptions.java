package vn.edoc.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import picocli.CommandLine.Option;
import vn.edoc.signature.SigningKey;

/** The office's seal (agency key) that status packets are signed with. */
final class SealOptions {
    @Option(names = "--seal", required = true, paramLabel = "KEY.p12", description = "the office's seal (PKCS#12)")
    private Path seal;

    @Option(
            names = "--seal-password",
            arity = "0..1",
            interactive = true,
            description =
                    "its password (asked for when given without a value; or set " + SignCommand.PASSWORD_VARIABLE + ")")
    private char[] password;

    SigningKey key() throws IOException, GeneralSecurityException {
        char[] secret = password != null ? password : fromEnvironment();
        try {
            return SigningKey.fromPkcs12(seal, secret);
        } finally {
            Arrays.fill(secret, '\0');
        }
    }

    private static char[] fromEnvironment() {
        String value = System.getenv(SignCommand.PASSWORD_VARIABLE);
        if (value == null) {
            throw new IllegalArgumentException(
                    "no seal password: give --seal-password or set " + SignCommand.PASSWORD_VARIABLE);
        }
        return value.toCharArray();
    }
}
