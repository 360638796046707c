package vn.edoc.directory.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
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
import vn.edoc.audit.boundary.AuditLog;
import vn.edoc.directory.DirectoryCsv;
import vn.edoc.directory.OfficeRecord;
import vn.edoc.directory.control.DirectoryImport;
import vn.edoc.directory.control.ImportSummary;
import vn.edoc.directory.control.OfficeChange;
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

    /** Applies a directory file in this transaction; a bad file is refused whole with every problem. */
    public ImportSummary importFile(byte[] csv) {
        DirectoryCsv.Parsed file;
        try {
            file = DirectoryCsv.read(new java.io.ByteArrayInputStream(csv));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        ImportSummary summary = jdbc(c -> new DirectoryImport(new OfficeStore(c)).apply(file, now));
        audit.append(caller(), "DIRECTORY_IMPORTED", "revision " + summary.revision(), summary.toString());
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

    /** The offices changed after {@code afterRevision} (all of them from 0). */
    public DirectoryChanges changesAfter(long afterRevision) {
        if (afterRevision < 0) {
            throw new EdocException(ErrorCode.REQUEST_INVALID, "afterRevision", "afterRevision < 0");
        }
        return changes(store -> store.changedAfter(afterRevision));
    }

    /** The offices changed after {@code since} (to the millisecond). */
    public DirectoryChanges changesSince(Instant since) {
        return changes(store -> store.changedSince(since));
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
        return new DirectoryChanges(revision, changedAt, offices, seals);
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
        audit.append(caller(), "ROUTING_RULES_REPLACED", null, rules.size() + " rules");
        return rules.size();
    }

    /** Replaces the peer routes with those of a peer-routes file. */
    public int replacePeers(String csv) {
        List<PeerRoute> peers = RoutingCsv.readPeers(csv);
        jdbc(c -> {
            new RoutingStore(c).replacePeers(peers);
            return null;
        });
        audit.append(caller(), "PEER_ROUTES_REPLACED", null, peers.size() + " peer routes");
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
