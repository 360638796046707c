package vn.edoc.systems.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import vn.edoc.systems.entity.UsedNonce;

/**
 * The UsernameToken nonces already used, in the database so that every instance of a cluster sees them. A nonce is
 * recorded in the transaction that authenticates the call; two calls racing with the same nonce meet at the primary
 * key, and the second is a replay.
 */
@ApplicationScoped
public class UsedNonces {
    @PersistenceContext(unitName = "edoc")
    private EntityManager entityManager;

    /**
     * Records the nonce of {@code systemId} as used until {@code keepUntil}.
     *
     * @return false when it was used before (the call is a replay)
     */
    public boolean firstUse(String systemId, byte[] nonce, Instant keepUntil) {
        String key = key(systemId, nonce);
        if (entityManager.find(UsedNonce.class, key) != null) {
            return false;
        }
        try {
            entityManager.persist(new UsedNonce(key, systemId, keepUntil.toEpochMilli()));
            entityManager.flush();
            return true;
        } catch (PersistenceException raced) {
            // another call with the same nonce inserted it first; this transaction is rolled back with the refusal
            return false;
        }
    }

    /** Forgets the nonces whose tokens are too old to be accepted anyway. */
    public int forgetExpired(Instant now) {
        return entityManager
                .createNamedQuery(UsedNonce.EXPIRED)
                .setParameter("now", now.toEpochMilli())
                .executeUpdate();
    }

    static String key(String systemId, byte[] nonce) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(systemId.getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) 0);
            sha256.update(nonce);
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
