package vn.edoc.systems.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.edoc.signature.EnvelopeSignatures;
import vn.edoc.systems.PacketReading;
import vn.edoc.systems.PdfSignaturePolicy;
import vn.edoc.systems.Protocol;
import vn.edoc.systems.SystemState;

/** A document-management system registered to call the axis. */
@Entity
@Table(name = "connected_system")
@NamedQuery(name = ConnectedSystem.ALL, query = "SELECT s FROM ConnectedSystem s ORDER BY s.systemId")
public class ConnectedSystem {
    public static final String ALL = "ConnectedSystem.all";

    @Id
    @Column(name = "system_id", length = 64)
    private String systemId;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "secret_sha256", nullable = false, length = 64)
    private String secretSha256;

    @Column(name = "certificate_sha256", length = 64)
    private String certificateSha256;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 10)
    private SystemState state;

    @Column(name = "requests_per_minute", nullable = false)
    private int requestsPerMinute;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "secret_issued_at", nullable = false)
    private Instant secretIssuedAt;

    /** The protocols it may call in, comma-separated ({@link Protocol} names). */
    @Column(name = "protocols", nullable = false, length = 20)
    private String protocols = Protocol.SOAP.name();

    /** A VXP system's secret, AES-GCM encrypted (the HMAC needs the secret itself); null for a SOAP-only system. */
    @Column(name = "secret_sealed", length = 200)
    private String secretSealed;

    @Enumerated(EnumType.STRING)
    @Column(name = "envelope_signatures", nullable = false, length = 12)
    private EnvelopeSignatures envelopeSignatures = EnvelopeSignatures.REQUIRED;

    @Enumerated(EnumType.STRING)
    @Column(name = "packet_reading", nullable = false, length = 8)
    private PacketReading packetReading = PacketReading.TOLERANT;

    @Enumerated(EnumType.STRING)
    @Column(name = "pdf_signatures", nullable = false, length = 8)
    private PdfSignaturePolicy pdfSignatures = PdfSignaturePolicy.REPORTED;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "connected_system_scope", joinColumns = @JoinColumn(name = "system_id"))
    @Column(name = "scope", length = 60)
    @OrderColumn(name = "position")
    private List<String> scopes = new ArrayList<>();

    protected ConnectedSystem() {
        // for JPA
    }

    public ConnectedSystem(String systemId, String secretSha256, Instant now) {
        this.systemId = systemId;
        this.secretSha256 = secretSha256;
        this.state = SystemState.ACTIVE;
        this.createdAt = now;
        this.secretIssuedAt = now;
    }

    /** What an operator may change; the secret changes only by {@link #newSecret}. */
    public void describe(String name, List<String> scopes, int requestsPerMinute, String certificateSha256) {
        this.name = name;
        this.scopes = new ArrayList<>(scopes);
        this.requestsPerMinute = requestsPerMinute;
        this.certificateSha256 = certificateSha256;
    }

    public void newSecret(String secretSha256, Instant now) {
        newSecret(secretSha256, null, now);
    }

    /** A new secret: its digest, and for a VXP system the secret sealed ({@code null} otherwise). */
    public void newSecret(String secretSha256, String secretSealed, Instant now) {
        this.secretSha256 = secretSha256;
        this.secretSealed = secretSealed;
        this.secretIssuedAt = now;
    }

    /** How it calls and what its packets' envelopes must carry. */
    public void connect(Set<Protocol> protocols, EnvelopeSignatures envelopeSignatures) {
        this.protocols = protocols.stream().sorted().map(Protocol::name).collect(Collectors.joining(","));
        this.envelopeSignatures = envelopeSignatures;
    }

    /** Whether warnings refuse its packets. */
    public void readPackets(PacketReading packetReading) {
        this.packetReading = packetReading;
    }

    public PacketReading packetReading() {
        return packetReading;
    }

    /** Whether its PDF attachments must be validly signed. */
    public void askPdfSignatures(PdfSignaturePolicy pdfSignatures) {
        this.pdfSignatures = pdfSignatures;
    }

    public PdfSignaturePolicy pdfSignatures() {
        return pdfSignatures;
    }

    public Set<Protocol> protocols() {
        Set<Protocol> set = EnumSet.noneOf(Protocol.class);
        Arrays.stream(protocols.split(","))
                .map(String::strip)
                .map(Protocol::valueOf)
                .forEach(set::add);
        return set;
    }

    public String secretSealed() {
        return secretSealed;
    }

    public EnvelopeSignatures envelopeSignatures() {
        return envelopeSignatures;
    }

    public void moveTo(SystemState state) {
        this.state = state;
    }

    public String systemId() {
        return systemId;
    }

    public String name() {
        return name;
    }

    public String secretSha256() {
        return secretSha256;
    }

    /** The SHA-256 of the TLS client certificate the system must present, or null when it need not. */
    public String certificateSha256() {
        return certificateSha256;
    }

    public SystemState state() {
        return state;
    }

    public int requestsPerMinute() {
        return requestsPerMinute;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant secretIssuedAt() {
        return secretIssuedAt;
    }

    public List<String> scopes() {
        return List.copyOf(scopes);
    }
}
