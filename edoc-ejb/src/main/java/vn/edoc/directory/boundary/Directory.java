package vn.edoc.directory.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.edoc.audit.AuditAction;
import vn.edoc.audit.boundary.AuditLog;
import vn.edoc.directory.DirectoryCsv;
import vn.edoc.directory.OfficeRecord;
import vn.edoc.directory.control.DirectoryCursor;
import vn.edoc.directory.control.DirectoryImport;
import vn.edoc.directory.control.ImportSummary;
import vn.edoc.directory.control.OfficeChange;
import vn.edoc.directory.control.OfficeRemoval;
import vn.edoc.directory.control.OfficeStore;
import vn.edoc.directory.control.PeerRoute;
import vn.edoc.directory.control.Routing;
import vn.edoc.directory.control.RoutingCsv;
import vn.edoc.directory.control.RoutingStore;
import vn.edoc.directory.control.Scope;
import vn.edoc.directory.entity.Office;
import vn.edoc.error.EdocException;
import vn.edoc.error.ErrorCode;
import vn.edoc.platform.SchemaMigration;
import vn.edoc.signature.TrustConfiguration;
import vn.edoc.trust.boundary.TrustSource;

/**
 * The directory: looks offices up by code, follows reorganisations to successors, decides who may send to whom and
 * which codes live behind a peer axis, imports and exports the directory file, and answers synchronisation.
 */
@Stateless
public class Directory {
    @Inject
    private Clock clock;

    /** A chain of successors longer than this is a data error (the import refuses cycles). */
    private static final int MAX_SUCCESSION = 32;

    @PersistenceContext(unitName = "edoc")
    private EntityManager entityManager;

    @Resource(lookup = SchemaMigration.DATA_SOURCE)
    private DataSource dataSource;

    @EJB
    private TrustSource trustSource;

    @EJB
    private AuditLog audit;

    @Resource
    private SessionContext session;

    /** The largest directory file taken in one import, in bytes (the national directory is about 20 MB). */
    @Inject
    @ConfigProperty(name = "edoc.directory.import-max-bytes", defaultValue = "33554432")
    private long importMaxBytes;

    /** The most lines taken in one import (the national directory has about 111 000 offices). */
    @Inject
    @ConfigProperty(name = "edoc.directory.import-max-rows", defaultValue = "150000")
    private int importMaxRows;

    /** How many offices a page of getOrganizations holds when the caller does not say. */
    @Inject
    @ConfigProperty(name = "edoc.directory.page-size", defaultValue = "1000")
    private int pageSize;

    /** The most offices a page of getOrganizations holds, whatever the caller asks. */
    @Inject
    @ConfigProperty(name = "edoc.directory.page-max", defaultValue = "5000")
    private int pageMax;

    /** The most offices the directory holds: a bound on what imports can grow it to. */
    @Inject
    @ConfigProperty(name = "edoc.directory.max-offices", defaultValue = "300000")
    private int maxOffices;

    /** The office with this code, if it exists and is active. */
    public Optional<Office> findActive(String code) {
        return find(code).filter(Office::isActive);
    }

    /** The office with this code, whatever its state (old documents name dissolved offices). */
    public Optional<Office> find(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(entityManager.find(Office.class, code.strip()));
    }

    /** Every active office, by code: the web UI builds its tree of recipients from them. */
    public List<OfficeRecord> active() {
        return entityManager
                .createNamedQuery(Office.ACTIVE, Office.class)
                .getResultStream()
                .map(Office::toRecord)
                .toList();
    }

    /**
     * The active offices directly under {@code parentCode}, by name, each saying whether it has active offices under
     * it; with {@code null}, the tops (offices without an active parent). Two queries whatever the directory's size:
     * a tree loads a branch when it is opened, never the whole directory (a flooded directory once held a core for
     * minutes building the operators' tree).
     */
    public List<Branch> branches(String parentCode) {
        List<Office> offices = parentCode == null
                ? entityManager
                        .createQuery(
                                "SELECT o FROM Office o WHERE o.state = vn.edoc.directory.OfficeState.ACTIVE AND"
                                        + " (o.parentCode IS NULL OR NOT EXISTS (SELECT p FROM Office p WHERE"
                                        + " p.code = o.parentCode AND p.state = vn.edoc.directory.OfficeState.ACTIVE))"
                                        + " ORDER BY o.name",
                                Office.class)
                        .getResultList()
                : entityManager
                        .createQuery(
                                "SELECT o FROM Office o WHERE o.state = vn.edoc.directory.OfficeState.ACTIVE AND"
                                        + " o.parentCode = :parent ORDER BY o.name",
                                Office.class)
                        .setParameter("parent", parentCode)
                        .getResultList();
        if (offices.isEmpty()) {
            return List.of();
        }
        Set<String> withChildren = new HashSet<>();
        List<String> codes = offices.stream().map(Office::code).toList();
        for (int from = 0; from < codes.size(); from += 1000) {
            // IN lists in slices: a database bounds how many values one statement takes
            withChildren.addAll(entityManager
                    .createQuery(
                            "SELECT DISTINCT o.parentCode FROM Office o WHERE o.state ="
                                    + " vn.edoc.directory.OfficeState.ACTIVE AND o.parentCode IN :codes",
                            String.class)
                    .setParameter("codes", codes.subList(from, Math.min(codes.size(), from + 1000)))
                    .getResultList());
        }
        return offices.stream()
                .map(o -> new Branch(o.toRecord(), withChildren.contains(o.code())))
                .toList();
    }

    /**
     * The codes of every office of the directory (dissolved ones too: copies may still wait for them) in one of the
     * scopes; empty when one scope is {@code *}, which needs no list. One query, the tree walked in memory.
     */
    public Optional<Set<String>> codesIn(List<Scope> scopes) {
        if (scopes.stream().anyMatch(Scope::isEveryOffice)) {
            return Optional.empty();
        }
        Map<String, Office> offices = new HashMap<>();
        entityManager
                .createQuery("SELECT o FROM Office o", Office.class)
                .getResultStream()
                .forEach(o -> offices.put(o.code(), o));
        Set<String> codes = new HashSet<>();
        for (Office office : offices.values()) {
            List<String> ancestors = new ArrayList<>();
            Office parent = offices.get(office.parentCode());
            while (parent != null && ancestors.size() < MAX_SUCCESSION) {
                ancestors.add(parent.code());
                parent = offices.get(parent.parentCode());
            }
            if (scopes.stream().anyMatch(s -> s.contains(office.code(), office.level(), ancestors))) {
                codes.add(office.code());
            }
        }
        return Optional.of(codes);
    }

    /** An office's name for people to read, whatever its state; its code when the directory has no such office. */
    public String nameOf(String code) {
        return find(code).map(Office::name).orElse(code);
    }

    /** How many offices are active. */
    public long countActive() {
        return entityManager.createNamedQuery(Office.COUNT_ACTIVE, Long.class).getSingleResult();
    }

    /**
     * The codes an office answers for: its own and those of every office it succeeded, directly or through a chain.
     * After a merge, the new office finds its predecessors' documents and their statuses.
     */
    public Set<String> identities(String code) {
        Set<String> identities = new LinkedHashSet<>(List.of(code));
        Deque<String> todo = new ArrayDeque<>(List.of(code));
        while (!todo.isEmpty() && identities.size() < 10_000) {
            entityManager
                    .createNamedQuery(Office.PREDECESSORS, String.class)
                    .setParameter("code", todo.pop())
                    .getResultList()
                    .stream()
                    .filter(identities::add)
                    .forEach(todo::add);
        }
        return identities;
    }

    /** The routing rules and peer routes in force now. */
    public Routing routing() {
        return jdbc(c -> new RoutingStore(c).load());
    }

    /**
     * Where each addressed code goes: an active office, the main successor of a dissolved one (followed along a
     * chain), or a peer axis for a code outside the directory. Refuses every code that leads nowhere at once.
     */
    public List<RecipientRoute> routes(List<String> addressedCodes, Routing routing, String path) {
        List<RecipientRoute> routes = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String code : addressedCodes) {
            Optional<RecipientRoute> route = route(code, routing);
            route.ifPresentOrElse(routes::add, () -> unknown.add(code));
        }
        if (!unknown.isEmpty()) {
            throw new EdocException(ErrorCode.RECIPIENT_UNKNOWN, path, String.join(", ", unknown));
        }
        return routes;
    }

    private Optional<RecipientRoute> route(String code, Routing routing) {
        Optional<Office> addressed = find(code);
        if (addressed.isEmpty()) {
            // the axis forwards the copy to the peer: pushed, with the push's leases, retries and dead letter
            return routing.peerFor(code).map(peer -> new RecipientRoute(code, code, peer.peerId(), true));
        }
        Office office = addressed.get();
        for (int step = 0; step < MAX_SUCCESSION && office != null && !office.isActive(); step++) {
            office = office.successors().isEmpty()
                    ? null
                    : find(office.successors().get(0)).orElse(null);
        }
        return office != null && office.isActive()
                ? Optional.of(new RecipientRoute(
                        code, office.code(), null, office.pushEndpoint().isPresent()))
                : Optional.empty();
    }

    /** Whether {@code code} is an office outside the directory that the peer routes send through {@code peerId}. */
    public boolean routesThrough(String code, String peerId) {
        return find(code).isEmpty()
                && routing().peerFor(code).map(p -> p.peerId().equals(peerId)).orElse(false);
    }

    /** Whether the rules let {@code sender} send to the routed recipient (offices behind a peer: by code). */
    public boolean allows(Routing routing, Office sender, RecipientRoute recipient) {
        if (routing.rules().isEmpty()) {
            return true;
        }
        Optional<Office> local = recipient.viaPeer() == null ? find(recipient.recipientCode()) : Optional.empty();
        Routing.Party to = local.map(this::party).orElse(new Routing.Party(recipient.recipientCode(), null, List.of()));
        return routing.allows(party(sender), to);
    }

    /**
     * Whether the office with this code is in one of the scopes (an office not in the directory only by its code: a
     * code or {@code *}).
     */
    public boolean inAnyScope(String code, List<Scope> scopes) {
        Routing.Party party = find(code).map(this::party).orElse(new Routing.Party(code, null, List.of()));
        return scopes.stream().anyMatch(s -> s.contains(party.code(), party.level(), party.ancestors()));
    }

    private Routing.Party party(Office office) {
        List<String> ancestors = new ArrayList<>();
        Optional<Office> parent = find(office.parentCode());
        while (parent.isPresent() && ancestors.size() < MAX_SUCCESSION) {
            ancestors.add(parent.get().code());
            parent = find(parent.get().parentCode());
        }
        return new Routing.Party(office.code(), office.level(), ancestors);
    }

    /** The largest directory file an import takes, in bytes: readers of a request body stop there. */
    public long importMaxBytes() {
        return importMaxBytes;
    }

    /**
     * Applies a directory file in this transaction; a bad file is refused whole with every problem, a file over the
     * import limits (bytes, lines) or one that would grow the directory past its limit is refused before anything is
     * checked or written.
     */
    public ImportSummary importFile(byte[] csv) {
        if (csv.length > importMaxBytes) {
            throw new EdocException(
                    ErrorCode.DIRECTORY_FILE_TOO_LARGE, "file", csv.length + " bytes", importMaxBytes + " bytes");
        }
        DirectoryCsv.Parsed file;
        try {
            file = DirectoryCsv.read(new java.io.ByteArrayInputStream(csv), importMaxRows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
        ImportSummary summary = jdbc(c -> {
            ImportSummary applied = new DirectoryImport(new OfficeStore(c), maxOffices).apply(file, now);
            // a code removed before and in the file again is an office again for the systems that synchronise
            new OfficeRemoval(c)
                    .forget(file.lines().stream().map(l -> l.office().code()).toList());
            return applied;
        });
        audit.append(caller(), AuditAction.DIRECTORY_IMPORTED, "revision " + summary.revision(), summary.toString());
        return summary;
    }

    /** The whole directory as a directory file, by code. */
    public String exportFile() {
        List<OfficeRecord> offices = jdbc(c -> new OfficeStore(c).loadAll()).values().stream()
                .sorted(Comparator.comparing(OfficeRecord::code))
                .toList();
        StringWriter out = new StringWriter();
        try {
            DirectoryCsv.write(out, offices);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * One page of the offices changed after {@code afterRevision} (all from 0) or after {@code since}, by code, or the
     * next page of the walk {@code cursor} continues (the revision or time asked is then the cursor's). At most
     * {@code maxItems} (by default {@code edoc.directory.page-size}, never more than {@code edoc.directory.page-max}).
     */
    public DirectoryChanges changesPage(Long afterRevision, Instant since, String cursor, Integer maxItems) {
        if (afterRevision != null && afterRevision < 0) {
            throw new EdocException(ErrorCode.REQUEST_INVALID, "afterRevision", "afterRevision < 0");
        }
        int limit = maxItems == null ? pageSize : Math.max(1, Math.min(maxItems, pageMax));
        return jdbc(c -> {
            OfficeStore store = new OfficeStore(c);
            DirectoryCursor walk = cursor != null && !cursor.isBlank()
                    ? DirectoryCursor.decode(cursor, "cursor")
                    : DirectoryCursor.start(
                            afterRevision == null ? 0 : afterRevision,
                            since,
                            store.currentRevision(),
                            store.currentRevisionTime());
            return page(store, new OfficeRemoval(c), walk, limit);
        });
    }

    /** The offices of the walk's next page, then (once they are all out) the codes removed in its span. */
    private DirectoryChanges page(OfficeStore store, OfficeRemoval removals, DirectoryCursor walk, int limit)
            throws SQLException {
        List<OfficeRecord> offices = List.of();
        DirectoryCursor removedWalk = walk;
        String next = null;
        if (!walk.inRemoved()) {
            offices = store.page(walk, limit);
            if (offices.size() > limit) {
                offices = offices.subList(0, limit);
                next = walk.after(offices.get(limit - 1).code()).encode();
            }
            removedWalk = walk.removedPart();
        }
        List<String> removed = List.of();
        int room = limit - offices.size();
        if (next == null) {
            removed = removals.removedPage(removedWalk, room);
            if (removed.size() > room) {
                removed = removed.subList(0, room);
                next = removedWalk.after(room == 0 ? "" : removed.get(room - 1)).encode();
            }
        }
        DirectoryChanges page = withSeals(walk.walkRevision(), walk.changedAt(), offices);
        return new DirectoryChanges(page.revision(), page.changedAt(), page.offices(), page.seals(), removed, next);
    }

    /**
     * Removes an office nothing refers to (no documents, users, systems' scopes, offices under it or succeeded by
     * it): a new directory revision, after which a synchronising system learns to drop the code. One that is
     * referred to is refused (OFFICE_IN_USE, naming what refers to it): dissolve it instead.
     */
    public long remove(String code) {
        String wanted = code == null ? "" : code.strip();
        long revision = jdbc(c -> {
            OfficeStore store = new OfficeStore(c);
            long next = store.lockNextRevision();
            if (store.find(wanted).isEmpty()) {
                throw new EdocException(ErrorCode.OFFICE_UNKNOWN, "code", wanted);
            }
            OfficeRemoval removal = new OfficeRemoval(c);
            List<String> references = removal.references(wanted);
            if (!references.isEmpty()) {
                throw new EdocException(ErrorCode.OFFICE_IN_USE, "code", wanted, String.join(", ", references));
            }
            Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
            removal.remove(wanted, next, now);
            store.commitRevision(next, now);
            return next;
        });
        audit.append(caller(), AuditAction.OFFICE_REMOVED, wanted, "revision " + revision);
        return revision;
    }

    /**
     * Page {@code pageIndex} (from 1) of every office by code, {@code pageSize} to a page (at most {@code
     * edoc.directory.page-max}): the national protocol's lists, for a caller that pages them.
     */
    public List<OfficeRecord> officesPage(int pageIndex, int pageSize) {
        int size = Math.max(1, Math.min(pageSize, pageMax));
        long offset = (long) (Math.max(1, pageIndex) - 1) * size;
        return jdbc(c -> new OfficeStore(c).slice(offset, size));
    }

    /** The offices changed after {@code afterRevision} (all of them from 0). */
    public DirectoryChanges changesAfter(long afterRevision) {
        if (afterRevision < 0) {
            throw new EdocException(ErrorCode.REQUEST_INVALID, "afterRevision", "afterRevision < 0");
        }
        return changes(store -> store.changedAfter(afterRevision));
    }

    private DirectoryChanges changes(SqlWork<List<OfficeRecord>, OfficeStore> changed) {
        return jdbc(c -> {
            OfficeStore store = new OfficeStore(c);
            // the revision is read first: an import committed meanwhile is seen next time, never lost
            long revision = store.currentRevision();
            Instant changedAt = store.currentRevisionTime();
            return withSeals(revision, changedAt, changed.run(store));
        });
    }

    /** The changes with the seal certificates the trust folder registers for each office. */
    private DirectoryChanges withSeals(long revision, Instant changedAt, List<OfficeRecord> offices) {
        Map<String, List<SealCertificate>> seals = new HashMap<>();
        Optional<TrustConfiguration> trust = trustSource.ifConfigured();
        trust.ifPresent(t -> offices.forEach(o -> {
            List<SealCertificate> registered =
                    t.seals(o.code()).stream().map(SealCertificate::of).toList();
            if (!registered.isEmpty()) {
                seals.put(o.code(), registered);
            }
        }));
        return new DirectoryChanges(revision, changedAt, offices, seals, List.of(), null);
    }

    /** The seal certificates the trust folder registers for one office (two during a change-over). */
    public List<SealCertificate> sealsOf(String code) {
        return trustSource
                .ifConfigured()
                .map(t -> t.seals(code).stream().map(SealCertificate::of).toList())
                .orElse(List.of());
    }

    /** The history of one office, oldest first. */
    public List<OfficeChange> history(String code) {
        return jdbc(c -> new OfficeStore(c).history(code));
    }

    /** Replaces the routing rules with those of a routing-rules file. */
    public int replaceRules(String csv) {
        var rules = RoutingCsv.readRules(csv);
        jdbc(c -> {
            new RoutingStore(c).replaceRules(rules);
            return null;
        });
        audit.append(caller(), AuditAction.ROUTING_RULES_REPLACED, null, rules.size() + " rules");
        return rules.size();
    }

    /** Replaces the peer routes with those of a peer-routes file. */
    public int replacePeers(String csv) {
        List<PeerRoute> peers = RoutingCsv.readPeers(csv);
        jdbc(c -> {
            new RoutingStore(c).replacePeers(peers);
            return null;
        });
        audit.append(caller(), AuditAction.PEER_ROUTES_REPLACED, null, peers.size() + " peer routes");
        return peers.size();
    }

    /** Who called: the operator's user name, or the container's name for an unauthenticated caller. */
    private String caller() {
        return session.getCallerPrincipal() == null
                ? "anonymous"
                : session.getCallerPrincipal().getName();
    }

    private <T> T jdbc(SqlWork<T, Connection> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("directory: " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface SqlWork<T, A> {
        T run(A on) throws SQLException;
    }
}
