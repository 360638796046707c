package vn.edoc.exchange.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.Instant;
import java.time.LocalDateTime;
import vn.edoc.edxml.model.StatusCode;

/** A status reported on one recipient's copy of a document, by a status packet. Appended, never changed. */
@Entity
@Table(name = "delivery_status")
public class DeliveryStatus {
    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "delivery_status_ids")
    @TableGenerator(
            name = "delivery_status_ids",
            table = "id_generator",
            pkColumnName = "name",
            valueColumnName = "next_value",
            pkColumnValue = "delivery_status",
            allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "delivery_id", nullable = false, updatable = false)
    private Delivery delivery;

    @Column(name = "status_code", nullable = false, updatable = false, length = 2)
    private String code;

    @Column(name = "description", updatable = false, length = 1000)
    private String description;

    @Column(name = "staff_name", updatable = false, length = 50)
    private String staffName;

    /** The packet's own Timestamp: the reporting office's local time (Vietnam), as it wrote it. */
    @Column(name = "reported_at", updatable = false)
    private LocalDateTime reportedAt;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "status_packet_id", nullable = false, updatable = false, length = 36)
    private String statusPacketId;

    protected DeliveryStatus() {
        // for JPA
    }

    DeliveryStatus(Delivery delivery, StatusReport report, Instant recordedAt) {
        this.delivery = delivery;
        this.code = report.code().code();
        this.description = report.description();
        this.staffName = report.staffName();
        this.reportedAt = report.reportedAt();
        this.recordedAt = recordedAt;
        this.statusPacketId = report.statusPacketId();
    }

    public StatusCode code() {
        return StatusCode.ofCode(code).orElseThrow();
    }

    public String description() {
        return description;
    }

    public String staffName() {
        return staffName;
    }

    public LocalDateTime reportedAt() {
        return reportedAt;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String statusPacketId() {
        return statusPacketId;
    }
}
