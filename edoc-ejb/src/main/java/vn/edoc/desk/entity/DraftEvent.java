package vn.edoc.desk.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** One step in a draft's history, appended and never changed: who did what, when, and the comment. */
@Embeddable
public class DraftEvent {
    /** Its place in the history, written once: the list is ordered by it, never renumbered. */
    @Column(name = "seq", nullable = false, updatable = false)
    private int seq;

    @Column(name = "happened_at", nullable = false, updatable = false)
    private Instant at;

    @Column(name = "actor", nullable = false, updatable = false, length = 64)
    private String actor;

    @Column(name = "action", nullable = false, updatable = false, length = 20)
    private String action;

    @Column(name = "remark", updatable = false, length = 1000)
    private String remark;

    protected DraftEvent() {
        // for JPA
    }

    DraftEvent(int seq, Instant at, String actor, String action, String remark) {
        this.seq = seq;
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.remark = remark;
    }

    public Instant at() {
        return at;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String remark() {
        return remark;
    }
}
