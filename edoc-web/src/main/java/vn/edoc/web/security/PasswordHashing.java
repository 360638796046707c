package vn.edoc.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Hashes and verifies passwords for the identity store ({@link DeskIdentityStore}): Jakarta Security's PBKDF2 with
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
        char[] random = new char[24];
        java.security.SecureRandom randomness = new java.security.SecureRandom();
        for (int i = 0; i < random.length; i++) {
            random[i] = (char) ('a' + randomness.nextInt(26));
        }
        standIn = hash.generate(random);
    }

    /** A hash of a random password, made once: what a log-in as a name that is no account's is checked against. */
    private String standIn;

    public String hash(char[] password) {
        return hash.generate(password);
    }

    /**
     * Whether {@code password} is the one {@code hashed} was made of; with no hash (no such account), the same work
     * against a stand-in, so that the answer's time does not tell which names are accounts.
     */
    public boolean verify(char[] password, String hashed) {
        boolean matches = hash.verify(password, hashed == null ? standIn : hashed);
        return hashed != null && matches;
    }
}
