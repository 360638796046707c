package vn.edoc.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** What was done, by whom and when: the same columns while an action waits and once it is chained. */
@Embeddable
public class RecordedAction {
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

    protected RecordedAction() {
        // for JPA
    }

    public RecordedAction(Instant at, String actor, String action, String subject, String detail) {
        this.atMillis = at.toEpochMilli();
        this.actor = actor;
        this.action = action;
        this.subject = subject;
        this.detail = detail;
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
}
