package vn.edoc.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
        query = "SELECT e FROM AuditEntry e WHERE (:subject IS NULL OR e.recorded.subject = :subject)"
                + " AND (:actor IS NULL OR e.recorded.actor = :actor) ORDER BY e.seq DESC")
public class AuditEntry {
    public static final String FROM_SEQ = "AuditEntry.fromSeq";
    public static final String SEARCH = "AuditEntry.search";

    @Id
    @Column(name = "seq")
    private long seq;

    @Embedded
    private RecordedAction recorded;

    @Column(name = "previous_hash", nullable = false, updatable = false, length = 64)
    private String previousHash;

    @Column(name = "hash", nullable = false, updatable = false, length = 64)
    private String hash;

    protected AuditEntry() {
        // for JPA
    }

    AuditEntry(long seq, RecordedAction recorded, String previousHash) {
        this.seq = seq;
        this.recorded = recorded;
        this.previousHash = previousHash;
        this.hash = computedHash();
    }

    /** The hash the entry's fields give now: differs from {@link #hash()} once a field was edited. */
    public String computedHash() {
        return AuditHash.of(
                previousHash,
                seq,
                recorded.at(),
                recorded.actor(),
                recorded.action(),
                recorded.subject(),
                recorded.detail());
    }

    public long seq() {
        return seq;
    }

    public Instant at() {
        return recorded.at();
    }

    public String actor() {
        return recorded.actor();
    }

    public String action() {
        return recorded.action();
    }

    public String subject() {
        return recorded.subject();
    }

    public String detail() {
        return recorded.detail();
    }

    public String previousHash() {
        return previousHash;
    }

    public String hash() {
        return hash;
    }
}
