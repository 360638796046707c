package vn.edoc.exchange.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.Duration;
import java.time.Instant;

/** One push of a copy to its recipient's endpoint that came to an end, and how. Appended, never changed. */
@Entity
@Table(name = "push_attempt")
public class PushAttempt {
    /** Whether the endpoint took the packet. */
    public enum Outcome {
        DELIVERED,
        FAILED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "push_attempt_ids")
    @TableGenerator(
            name = "push_attempt_ids",
            table = "id_generator",
            pkColumnName = "name",
            valueColumnName = "next_value",
            pkColumnValue = "push_attempt",
            allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "delivery_id", nullable = false, updatable = false)
    private Delivery delivery;

    @Column(name = "attempt_no", nullable = false, updatable = false)
    private int attemptNo;

    @Column(name = "worker", nullable = false, updatable = false, length = 100)
    private String worker;

    @Column(name = "ended_at", nullable = false, updatable = false)
    private long endedAt;

    @Column(name = "took_ms", nullable = false, updatable = false)
    private long tookMillis;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, updatable = false, length = 10)
    private Outcome outcome;

    @Column(name = "error", updatable = false, length = 500)
    private String error;

    protected PushAttempt() {
        // for JPA
    }

    PushAttempt(Delivery delivery, PushTry attempt, Outcome outcome, String error, Instant endedAt) {
        this.delivery = delivery;
        this.attemptNo = attempt.attemptNo();
        this.worker = attempt.worker();
        this.tookMillis = attempt.took().toMillis();
        this.outcome = outcome;
        this.error = error;
        this.endedAt = endedAt.toEpochMilli();
    }

    public int attemptNo() {
        return attemptNo;
    }

    public String worker() {
        return worker;
    }

    public Instant endedAt() {
        return Instant.ofEpochMilli(endedAt);
    }

    public Duration took() {
        return Duration.ofMillis(tookMillis);
    }

    public Outcome outcome() {
        return outcome;
    }

    public String error() {
        return error;
    }
}
