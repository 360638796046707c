package vn.edoc.receipts.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.edoc.signature.Receipt;

/** A receipt the axis signed, kept as signed. Written once, never changed. */
@Entity
@Table(name = "receipt")
@NamedQuery(
        name = StoredReceipt.OF_PACKET,
        query = "SELECT r FROM StoredReceipt r WHERE r.packetId = :packetId ORDER BY r.kind, r.issuedAt, r.receiptId")
public class StoredReceipt {
    public static final String OF_PACKET = "StoredReceipt.ofPacket";

    @Id
    @Column(name = "receipt_id", length = 36)
    private String receiptId;

    @Column(name = "packet_id", nullable = false, updatable = false, length = 36)
    private String packetId;

    @Column(name = "recipient_code", updatable = false, length = 35)
    private String recipientId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 10)
    private Receipt.Kind kind;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "signed_xml", nullable = false, updatable = false)
    private byte[] signedXml;

    protected StoredReceipt() {
        // for JPA
    }

    public StoredReceipt(Receipt receipt, byte[] signedXml) {
        this.receiptId = receipt.receiptId();
        this.packetId = receipt.packetId();
        this.recipientId = receipt.recipientId();
        this.kind = receipt.kind();
        this.issuedAt = receipt.at();
        this.signedXml = signedXml.clone();
    }

    public String receiptId() {
        return receiptId;
    }

    public String packetId() {
        return packetId;
    }

    public String recipientId() {
        return recipientId;
    }

    public Receipt.Kind kind() {
        return kind;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public byte[] signedXml() {
        return signedXml.clone();
    }
}
