package vn.edoc.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The end of the chain: the last entry's number and hash, locked while the chainer appends. */
@Entity
@Table(name = "audit_head")
public class AuditHead {
    /** The one row. */
    public static final int ID = 1;

    @Id
    @Column(name = "id")
    private int id;

    @Column(name = "last_seq", nullable = false)
    private long lastSeq;

    @Column(name = "last_hash", nullable = false, length = 64)
    private String lastHash;

    protected AuditHead() {
        // for JPA
    }

    /** Chains a new entry after the last one and makes it the last. */
    public AuditEntry append(RecordedAction recorded) {
        AuditEntry entry = new AuditEntry(lastSeq + 1, recorded, lastHash);
        lastSeq = entry.seq();
        lastHash = entry.hash();
        return entry;
    }

    public long lastSeq() {
        return lastSeq;
    }

    public String lastHash() {
        return lastHash;
    }
}
