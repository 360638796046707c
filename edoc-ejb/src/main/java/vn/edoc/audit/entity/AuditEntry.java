package vn.edoc.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.edoc.audit.control.AuditHash;

/** One action of the axis, chained to the one before by its hash. Appended, never changed. */
@Entity
@Table(name = "audit_entry")
@NamedQuery(name = AuditEntry.FROM_SEQ, query = "SELECT e FROM AuditEntry e WHERE e.seq >= :from ORDER BY e.seq")
@NamedQuery(
        name = AuditEntry.SEARCH,
        query = "SELECT e FROM AuditEntry e WHERE (:subject IS NULL OR e.subject = :subject)"
                + " AND (:actor IS NULL OR e.actor = :actor) ORDER BY e.seq DESC")
public class AuditEntry {
    public static final String FROM_SEQ = "AuditEntry.fromSeq";
    public static final String SEARCH = "AuditEntry.search";

    @Id
    @Column(name = "seq")
    private long seq;

    @Column(name = "at_millis", nullable = false, updatable = false)
    private long atMillis;

    @Column(name = "actor", nullable = false, updatable = false, length = 64)
    private String actor;

    @Column(name = "action", nullable = false, updatable = false, length = 40)
    private String action;

    @Column(name = "subject", updatable = false, length = 200)
    private String subject;

    @Column(name = "detail", updatable = false, length = 1000)
    private String detail;

    @Column(name = "previous_hash", nullable = false, updatable = false, length = 64)
    private String previousHash;

    @Column(name = "hash", nullable = false, updatable = false, length = 64)
    private String hash;

    protected AuditEntry() {
        // for JPA
    }

    AuditEntry(long seq, Instant at, String actor, String action, String subject, String detail, String previousHash) {
        this.seq = seq;
        this.atMillis = at.toEpochMilli();
        this.actor = actor;
        this.action = action;
        this.subject = subject;
        this.detail = detail;
        this.previousHash = previousHash;
        this.hash = computedHash();
    }

    /** The hash the entry's fields give now: differs from {@link #hash()} once a field was edited. */
    public String computedHash() {
        return AuditHash.of(previousHash, seq, at(), actor, action, subject, detail);
    }

    public long seq() {
        return seq;
    }

    public Instant at() {
        return Instant.ofEpochMilli(atMillis);
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String subject() {
        return subject;
    }

    public String detail() {
        return detail;
    }

    public String previousHash() {
        return previousHash;
    }

    public String hash() {
        return hash;
    }
}
