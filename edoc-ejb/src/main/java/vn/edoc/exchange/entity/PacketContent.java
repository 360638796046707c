package vn.edoc.exchange.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** The exact bytes of a packet as the sender sent them. Written once, never changed. */
@Entity
@Table(name = "packet_content")
public class PacketContent {
    @Id
    @Column(name = "packet_id", length = 36)
    private String packetId;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "bytes", nullable = false, updatable = false)
    private byte[] bytes;

    protected PacketContent() {
        // for JPA
    }

    public PacketContent(String packetId, byte[] bytes) {
        this.packetId = packetId;
        // not copied: packets can be large, and the caller hands them over
        this.bytes = bytes;
    }

    /** The stored bytes; callers must not change the array. */
    public byte[] bytes() {
        return bytes;
    }
}
