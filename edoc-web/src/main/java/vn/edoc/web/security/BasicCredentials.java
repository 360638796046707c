package vn.edoc.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HTTP Basic sends the password with every call of the operators' API, and checking it against its PBKDF2 hash costs
 * tens of milliseconds by design. A check that passed is remembered for {@link #REMEMBERED}: by an HMAC of name and
 * password under a key made at start (never the password), so a changed or wrong password is checked in full.
 */
@ApplicationScoped
public class BasicCredentials {
    static final Duration REMEMBERED = Duration.ofMinutes(2);
    private static final int MAX_REMEMBERED = 1_000;

    private final byte[] key = new byte[32];
    private final Map<String, Remembered> passed = new ConcurrentHashMap<>();

    public BasicCredentials() {
        new SecureRandom().nextBytes(key);
    }

    private record Remembered(CredentialValidationResult result, long untilNanos) {}

    /** The result of a check of these very credentials that passed less than {@link #REMEMBERED} ago. */
    public Optional<CredentialValidationResult> remembered(UsernamePasswordCredential credential) {
        Remembered remembered = passed.get(fingerprint(credential));
        return remembered != null && System.nanoTime() - remembered.untilNanos() < 0
                ? Optional.of(remembered.result())
                : Optional.empty();
    }

    /** Checks the credentials in full, and remembers them when they pass. */
    public CredentialValidationResult validate(UsernamePasswordCredential credential, IdentityStoreHandler stores) {
        String fingerprint = fingerprint(credential);
        long now = System.nanoTime();
        CredentialValidationResult result = stores.validate(credential);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            if (passed.size() >= MAX_REMEMBERED) {
                passed.clear();
            }
            passed.put(fingerprint, new Remembered(result, now + REMEMBERED.toNanos()));
        } else {
            passed.remove(fingerprint);
        }
        return result;
    }

    private String fingerprint(UsernamePasswordCredential credential) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(credential.getCaller().getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(credential.getPasswordAsString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
