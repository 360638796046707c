package vn.edoc.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Hashes passwords the way the identity store ({@link WebSecurity}) verifies them: Jakarta Security's PBKDF2 with
 * HMAC-SHA256, a 32-byte random salt and {@value #ITERATIONS} iterations, the parameters written into each hash.
 */
@ApplicationScoped
public class PasswordHashing {
    static final int ITERATIONS = 120_000;

    /** The shortest password the UI accepts. */
    public static final int MIN_LENGTH = 8;

    @Inject
    private Pbkdf2PasswordHash hash;

    @PostConstruct
    void configure() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", String.valueOf(ITERATIONS),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32"));
    }

    public String hash(char[] password) {
        return hash.generate(password);
    }
}
