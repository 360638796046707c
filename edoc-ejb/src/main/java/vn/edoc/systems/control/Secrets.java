package vn.edoc.systems.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Secrets of connected systems. The axis generates them (32 random bytes, base64url), so a secret is never a word a
 * person chose: one SHA-256 is then as safe to keep as a slow password hash, whose cost would be paid on every SOAP
 * call. Comparison takes the same time wherever the digests differ.
 */
public final class Secrets {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {}

    /** A new secret, shown to the operator once and kept only as its {@link #digest}. */
    public static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The SHA-256 of a secret, lower-case hexadecimal. */
    public static String digest(String secret) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    /** Whether {@code secret} is the one whose digest is {@code storedDigest}. */
    public static boolean matches(String secret, String storedDigest) {
        if (secret == null || storedDigest == null) {
            return false;
        }
        return MessageDigest.isEqual(
                digest(secret).getBytes(StandardCharsets.US_ASCII), storedDigest.getBytes(StandardCharsets.US_ASCII));
    }
}
