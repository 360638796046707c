package vn.edoc.systems.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A UsernameToken nonce a system has used, kept until its token could no longer be fresh. */
@Entity
@Table(name = "used_token_nonce")
@NamedQuery(name = UsedNonce.EXPIRED, query = "DELETE FROM UsedNonce n WHERE n.expiresAt < :now")
public class UsedNonce {
    public static final String EXPIRED = "UsedNonce.expired";

    /** SHA-256 (hex) of the system id and the nonce's bytes: a fixed-width key whatever the nonce's length. */
    @Id
    @Column(name = "nonce_key", length = 64)
    private String nonceKey;

    @Column(name = "system_id", nullable = false, length = 64)
    private String systemId;

    @Column(name = "expires_at", nullable = false)
    private long expiresAt;

    protected UsedNonce() {
        // for JPA
    }

    public UsedNonce(String nonceKey, String systemId, long expiresAt) {
        this.nonceKey = nonceKey;
        this.systemId = systemId;
        this.expiresAt = expiresAt;
    }
}
