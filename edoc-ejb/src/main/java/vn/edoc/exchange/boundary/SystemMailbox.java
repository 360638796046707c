package vn.edoc.exchange.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.edoc.audit.AuditAction;
import vn.edoc.audit.boundary.AuditLog;
import vn.edoc.directory.boundary.Directory;
import vn.edoc.directory.control.Scope;
import vn.edoc.error.EdocException;
import vn.edoc.error.ErrorCode;
import vn.edoc.exchange.DeliveryState;
import vn.edoc.exchange.control.Claims;
import vn.edoc.exchange.control.DeliverySettings;
import vn.edoc.exchange.entity.Delivery;
import vn.edoc.exchange.entity.Packet;
import vn.edoc.exchange.entity.PacketKind;
import vn.edoc.systems.Caller;
import vn.edoc.systems.boundary.ConnectedSystems;

/**
 * A connected system's mailbox: the copies waiting for every office it acts for, taken as one puller (the lease holder
 * {@link Exchange#systemPuller}), for protocols that pull per system rather than per office (the national protocol).
 * Fetching and confirming are {@link Exchange}'s own; this adds the list across offices, giving a copy back and
 * keeping it. Each call is one transaction.
 */
@Stateless
public class SystemMailbox {
    @Inject
    private Clock clock;

    /** The most copies one call lists. */
    public static final int MAX_LISTED = Exchange.MAX_PENDING;

    /** Claimed pages read to fill one list when copies of the other kind come first. */
    private static final int MAX_PAGES = 20;

    private static final String DOC_ID = "docId";

    @PersistenceContext(unitName = "edoc")
    private EntityManager entityManager;

    @EJB
    private Exchange exchange;

    @EJB
    private Directory directory;

    @EJB
    private ConnectedSystems systems;

    @EJB
    private AuditLog audit;

    @Inject
    private DeliverySettings settings;

    /**
     * Up to {@code max} copies of this kind ({@code null}: both) waiting for the offices the caller acts for, oldest
     * first, each leased to the caller: listed again to it, to no other puller while the lease lasts.
     */
    public List<WaitingCopy> waiting(Caller caller, PacketKind kind, int max) {
        Optional<Set<String>> codes = directory.codesIn(scopes(caller));
        if (codes.isPresent() && codes.get().isEmpty()) {
            return List.of();
        }
        int limit = Math.max(1, Math.min(max, MAX_LISTED));
        String holder = Exchange.systemPuller(caller);
        Instant now = now();
        List<WaitingCopy> listed = new ArrayList<>();
        long after = 0;
        for (int page = 0; page < MAX_PAGES && listed.size() < limit; page++) {
            List<Long> claimed = Claims.pullable(entityManager, codes.orElse(null), holder, now, after, limit);
            if (claimed.isEmpty()) {
                break;
            }
            after = claimed.get(claimed.size() - 1);
            entityManager
                    .createNamedQuery(Delivery.BY_IDS, Delivery.class)
                    .setParameter("ids", claimed)
                    .getResultList()
                    .stream()
                    .sorted(Comparator.comparingLong(Delivery::id))
                    .filter(copy -> kind == null || copy.packet().kind() == kind)
                    .limit(limit - listed.size())
                    .forEach(copy -> {
                        copy.lease(holder, now.plus(settings.pullLease()));
                        listed.add(WaitingCopy.of(copy));
                    });
        }
        return listed;
    }

    /** How many copies {@link #waiting} would list now, without leasing any. */
    public long count(Caller caller, PacketKind kind) {
        Optional<Set<String>> codes = directory.codesIn(scopes(caller));
        if (codes.isPresent() && codes.get().isEmpty()) {
            return 0;
        }
        String recipients = codes.isPresent() ? "d.recipientId IN :codes" : "d.viaPeer IS NULL";
        var query = entityManager
                .createQuery(
                        "SELECT COUNT(d) FROM Delivery d WHERE " + recipients + " AND d.state IN :states"
                                + " AND (d.leaseUntil IS NULL OR d.leaseUntil < :now OR d.leaseHolder = :holder)"
                                + (kind == null ? "" : " AND d.packet.kind = :kind"),
                        Long.class)
                .setParameter("states", List.of(DeliveryState.WAITING, DeliveryState.FETCHED))
                .setParameter("now", now().toEpochMilli())
                .setParameter("holder", Exchange.systemPuller(caller));
        codes.ifPresent(c -> query.setParameter("codes", c));
        if (kind != null) {
            query.setParameter("kind", kind);
        }
        return query.getSingleResult();
    }

    /** The copy's packet, byte for byte; its first fetch is recorded and the copy leased to the caller. */
    public FetchedPacket fetch(Caller caller, CopyId copy) {
        return exchange.fetchForSystem(caller, copy.recipientId(), copy.packetId());
    }

    /** The recipient holds the copy (delivery receipt, audit); confirming again changes nothing. */
    public RecipientStatus confirm(Caller caller, CopyId copy) {
        return exchange.confirm(caller, copy.recipientId(), copy.packetId(), null);
    }

    /**
     * The caller gives the copy back unconfirmed: its lease ends now and it is listed again, to any puller of the
     * office. A copy confirmed already, or given back already, is left as it is.
     */
    public void giveBack(Caller caller, CopyId copy) {
        for (Delivery delivery : ownCopies(caller, copy)) {
            if (delivery.state().isPending() && !delivery.isLeasedToOtherThan(Exchange.systemPuller(caller), now())) {
                delivery.release();
                audit.append(copy.recipientId(), AuditAction.DELIVERY_GIVEN_BACK, copy.packetId(), caller.systemId());
            }
        }
    }

    /** The caller keeps working on the copy: its lease starts again (refused while another puller holds it). */
    public void keep(Caller caller, CopyId copy) {
        Instant now = now();
        String holder = Exchange.systemPuller(caller);
        for (Delivery delivery : ownCopies(caller, copy)) {
            if (!delivery.state().isPending()) {
                continue;
            }
            if (delivery.isLeasedToOtherThan(holder, now)) {
                throw new EdocException(
                        ErrorCode.DELIVERY_LEASED,
                        DOC_ID,
                        copy.packetId(),
                        copy.recipientId(),
                        delivery.leaseUntil().toString());
            }
            delivery.lease(holder, now.plus(settings.pullLease()));
        }
    }

    /**
     * Every recipient's copy of a packet the caller sent (for an office it acts for), with its state and the
     * recipient's last business status.
     */
    public List<SentCopy> sent(Caller caller, String packetId) {
        Packet packet = packetId == null ? null : entityManager.find(Packet.class, packetId.strip());
        if (packet == null) {
            throw new EdocException(ErrorCode.PACKET_NOT_FOUND, DOC_ID, packetId, caller.systemId());
        }
        PacketTrace trace = exchange.traces(caller, packet.senderId(), packet.packetId(), null);
        String code = packet.facts().map(f -> f.code()).orElse(null);
        return trace.recipients().stream()
                .map(r -> new SentCopy(
                        packet.packetId(),
                        new CopyId(packet.packetId(), r.recipientId()),
                        packet.senderId(),
                        packet.subject(),
                        code,
                        r.state(),
                        r.business().progress(),
                        packet.acceptedAt(),
                        r.events().isEmpty()
                                ? packet.acceptedAt()
                                : r.events().get(r.events().size() - 1).at()))
                .toList();
    }

    /** The copies of this recipient (and the offices it succeeded) of the packet, locked; refused unless visible. */
    private List<Delivery> ownCopies(Caller caller, CopyId copy) {
        systems.requireActsFor(caller, copy.recipientId(), DOC_ID);
        List<Delivery> copies = entityManager
                .createNamedQuery(Delivery.BY_PACKET_AND_RECIPIENT, Delivery.class)
                .setParameter("packetId", copy.packetId())
                .setParameter("recipientIds", directory.identities(copy.recipientId()))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        if (copies.isEmpty()) {
            throw new EdocException(ErrorCode.PACKET_NOT_FOUND, DOC_ID, copy.packetId(), copy.recipientId());
        }
        return copies;
    }

    private static List<Scope> scopes(Caller caller) {
        return caller.scopes().stream().map(Scope::parse).toList();
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }
}
