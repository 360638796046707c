package vn.edoc.exchange.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * A packet a peer axis of the national protocol held for an office here that this axis refused, with the refusal's
 * code: the poller takes it only once.
 */
@Entity
@Table(name = "peer_refusal")
@IdClass(PeerRefusal.Key.class)
@NamedQuery(
        name = PeerRefusal.AMONG,
        query = "SELECT r.peerDocId FROM PeerRefusal r WHERE r.peerId = :peerId AND r.peerDocId IN :docIds")
@NamedQuery(name = PeerRefusal.LATEST, query = "SELECT r FROM PeerRefusal r ORDER BY r.refusedAt DESC")
public class PeerRefusal {
    public static final String AMONG = "PeerRefusal.among";
    public static final String LATEST = "PeerRefusal.latest";
    private static final int MAX_MESSAGE = 1000;

    @Id
    @Column(name = "peer_id", length = 64)
    private String peerId;

    @Id
    @Column(name = "peer_doc_id", length = 100)
    private String peerDocId;

    @Column(name = "code", nullable = false, length = 40)
    private String code;

    @Column(name = "message", length = MAX_MESSAGE)
    private String message;

    @Column(name = "refused_at", nullable = false)
    private Instant refusedAt;

    protected PeerRefusal() {
        // for JPA
    }

    public PeerRefusal(String peerId, String peerDocId, String code, String message, Instant refusedAt) {
        this.peerId = peerId;
        this.peerDocId = peerDocId;
        this.code = code;
        this.message = message == null || message.length() <= MAX_MESSAGE
                ? message
                : message.substring(0, MAX_MESSAGE - 1) + "…";
        this.refusedAt = refusedAt;
    }

    public String peerId() {
        return peerId;
    }

    public String peerDocId() {
        return peerDocId;
    }

    public String code() {
        return code;
    }

    public String message() {
        return message;
    }

    public Instant refusedAt() {
        return refusedAt;
    }

    /** The key: the peer and the id it gave its copy. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String peerId;
        private String peerDocId;

        public Key() {
            // for JPA
        }

        public Key(String peerId, String peerDocId) {
            this.peerId = peerId;
            this.peerDocId = peerDocId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(peerId, key.peerId)
                    && Objects.equals(peerDocId, key.peerDocId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(peerId, peerDocId);
        }
    }
}
