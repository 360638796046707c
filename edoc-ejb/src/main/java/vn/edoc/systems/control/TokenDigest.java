package vn.edoc.systems.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Optional;

/**
 * The checks of a UsernameToken's {@code PasswordDigest} and freshness (OASIS UsernameToken Profile 1.0, section 3.1):
 * the digest is {@code Base64(SHA-1(nonce + created + secret))}, with the nonce's bytes (sent in base64) and the
 * {@code Created} text exactly as sent. SHA-1 is what the profile names and every WS-Security stack sends; here it
 * only proves knowledge of a 256-bit random secret bound to a nonce, where its collision weakness does not matter.
 */
public final class TokenDigest {
    /** Longest nonce accepted, decoded: the profile's clients send 16 bytes; more only fills the nonce table. */
    static final int MAX_NONCE_BYTES = 64;

    private TokenDigest() {}

    /** The nonce's bytes, when it is base64 of 8 to {@link #MAX_NONCE_BYTES} bytes. */
    public static Optional<byte[]> nonce(String nonceBase64) {
        if (nonceBase64 == null || nonceBase64.length() > MAX_NONCE_BYTES * 2) {
            return Optional.empty();
        }
        try {
            byte[] nonce = Base64.getMimeDecoder().decode(nonceBase64.strip());
            return nonce.length >= 8 && nonce.length <= MAX_NONCE_BYTES ? Optional.of(nonce) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** When the token says it was made, when {@code Created} is an xsd:dateTime with a zone (as the profile asks). */
    public static Optional<Instant> created(String created) {
        if (created == null || created.length() > 40) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(created.strip()).toInstant());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Whether a token made at {@code created} may still be used at {@code now}: not older than the window, not
     * from further in the future than the clocks' allowed skew. */
    public static boolean withinWindow(Instant created, Instant now, Duration window, Duration skew) {
        return !created.isBefore(now.minus(window)) && !created.isAfter(now.plus(skew));
    }

    /** Whether {@code digestBase64} is the digest of this nonce, created text and secret; in constant time. */
    public static boolean matches(String secret, byte[] nonce, String created, String digestBase64) {
        byte[] given;
        try {
            given = Base64.getMimeDecoder().decode(digestBase64 == null ? "" : digestBase64.strip());
        } catch (IllegalArgumentException e) {
            given = new byte[0];
        }
        return MessageDigest.isEqual(digest(secret, nonce, created), given);
    }

    /** The PasswordDigest of a secret for this nonce and created text (what a client sends). */
    public static byte[] digest(String secret, byte[] nonce, String created) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update(nonce);
            sha1.update(created.getBytes(StandardCharsets.UTF_8));
            sha1.update(secret.getBytes(StandardCharsets.UTF_8));
            return sha1.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every Java platform", e);
        }
    }
}
