package vn.edoc.systems.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.edoc.error.EdocException;
import vn.edoc.error.ErrorCode;

/**
 * Keeps the secrets of systems on the national protocol encrypted at rest. VXP signs its headers with HMAC-SHA256 keyed
 * by the secret itself, so the axis must be able to read it back: it is sealed with AES-256-GCM under the key in the
 * file {@code edoc.systems.secret-key-file} (32 random bytes, base64; {@code bin/edoc} creates it in the domain's
 * config folder, readable by the server's user only), a fresh 96-bit nonce per secret, and the system id as associated
 * data so that a sealed secret copied onto another system's row does not open. A database dump alone reveals no
 * secret. The sealed form is {@code v1:} and base64 of nonce and cipher text.
 */
@ApplicationScoped
public class SecretSealer {
    private static final String VERSION = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    @ConfigProperty(name = "edoc.systems.secret-key-file")
    private Optional<String> keyFile;

    private volatile SecretKey key;

    public SecretSealer() {
        // for CDI, which injects the key file's name
    }

    /** A sealer with this key (tests). */
    SecretSealer(byte[] key) {
        this.key = new SecretKeySpec(key, "AES");
    }

    /** The secret of {@code systemId}, sealed. */
    public String seal(String systemId, String secret) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] sealed = cipher(Cipher.ENCRYPT_MODE, systemId, nonce).apply(secret.getBytes(StandardCharsets.UTF_8));
        byte[] out = new byte[nonce.length + sealed.length];
        System.arraycopy(nonce, 0, out, 0, nonce.length);
        System.arraycopy(sealed, 0, out, nonce.length, sealed.length);
        return VERSION + Base64.getEncoder().encodeToString(out);
    }

    /** The secret {@link #seal} sealed for {@code systemId}; empty when it does not open (another key or row). */
    public Optional<String> open(String systemId, String sealed) {
        if (sealed == null || !sealed.startsWith(VERSION)) {
            return Optional.empty();
        }
        try {
            byte[] in = Base64.getDecoder().decode(sealed.substring(VERSION.length()));
            if (in.length <= NONCE_BYTES) {
                return Optional.empty();
            }
            byte[] nonce = java.util.Arrays.copyOf(in, NONCE_BYTES);
            byte[] text = java.util.Arrays.copyOfRange(in, NONCE_BYTES, in.length);
            return Optional.of(
                    new String(cipher(Cipher.DECRYPT_MODE, systemId, nonce).apply(text), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException | IllegalStateException e) {
            return Optional.empty();
        }
    }

    /** Whether a key is configured: without one no VXP system can be registered. */
    public boolean isConfigured() {
        return key != null || keyFile.filter(f -> !f.isBlank()).isPresent();
    }

    private Crypt cipher(int mode, String systemId, byte[] nonce) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(systemId.getBytes(StandardCharsets.UTF_8));
            return bytes -> {
                try {
                    return cipher.doFinal(bytes);
                } catch (GeneralSecurityException e) {
                    throw new IllegalStateException("the sealed secret does not open", e);
                }
            };
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java platform", e);
        }
    }

    private SecretKey key() {
        SecretKey known = key;
        if (known != null) {
            return known;
        }
        String file = keyFile.filter(f -> !f.isBlank())
                .orElseThrow(() -> new EdocException(ErrorCode.SECRETS_NOT_CONFIGURED, null));
        try {
            byte[] bytes = Base64.getDecoder()
                    .decode(Files.readString(Path.of(file), StandardCharsets.US_ASCII)
                            .strip());
            if (bytes.length != 32) {
                throw new EdocException(ErrorCode.SECRETS_NOT_CONFIGURED, null);
            }
            key = new SecretKeySpec(bytes, "AES");
            return key;
        } catch (IOException | IllegalArgumentException e) {
            throw new EdocException(ErrorCode.SECRETS_NOT_CONFIGURED, null);
        }
    }

    @FunctionalInterface
    private interface Crypt {
        byte[] apply(byte[] bytes);
    }
}
