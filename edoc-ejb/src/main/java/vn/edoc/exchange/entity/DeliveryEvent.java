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
import java.time.Instant;
import vn.edoc.exchange.DeliveryState;

/** A state a delivery reached, and when. Appended, never changed. */
@Entity
@Table(name = "delivery_event")
public class DeliveryEvent {
    /** Identifies the event only: ids from concurrent transactions are not in time order (see Delivery#events). */
    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "delivery_event_ids")
    @TableGenerator(
            name = "delivery_event_ids",
            table = "id_generator",
            pkColumnName = "name",
            valueColumnName = "next_value",
            pkColumnValue = "delivery_event",
            allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "delivery_id", nullable = false, updatable = false)
    private Delivery delivery;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, updatable = false, length = 20)
    private DeliveryState state;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    protected DeliveryEvent() {
        // for JPA
    }

    DeliveryEvent(Delivery delivery, DeliveryState state, Instant occurredAt) {
        this.delivery = delivery;
        this.state = state;
        this.occurredAt = occurredAt;
    }

    public DeliveryState state() {
        return state;
    }

    public Instant occurredAt() {
        return occurredAt;
    }
}
