package vn.edoc.audit.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import vn.edoc.audit.AuditAction;
import vn.edoc.audit.entity.AuditEntry;
import vn.edoc.audit.entity.AuditHead;
import vn.edoc.audit.entity.PendingAction;
import vn.edoc.audit.entity.RecordedAction;

/**
 * Records the axis's actions in the caller's transaction, and searches and checks the hash-chained log. A recorded
 * action waits (table {@code audit_pending}) until the {@link AuditChainer} numbers it into the chain, within a
 * second and always before a search or a check: recording takes no lock, so audited actions never wait for each
 * other; entries are numbered without gaps in the order they were chained.
 */
@Stateless
public class AuditLog {
    @Inject
    private Clock clock;

    private static final int MAX_ACTOR = 64;
    private static final int MAX_SUBJECT = 200;
    private static final int MAX_DETAIL = 1000;
    private static final int PAGE = 10_000;

    @PersistenceContext(unitName = "edoc")
    private EntityManager entityManager;

    @EJB
    private AuditChainer chainer;

    /**
     * Records one action.
     *
     * @param actor the office (code) or operator who acted
     * @param action what was done
     * @param subject what it was done to (a packet id, an office code), or {@code null}
     * @param detail a few words more, or {@code null}
     */
    public void append(String actor, AuditAction action, String subject, String detail) {
        Instant at = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
        // actor and subject may come from a caller (a name tried at log-in, a leader id): cut to their columns here,
        // so that no append fails and takes a refusal's record, or a count beside it, down with it
        entityManager.persist(new PendingAction(new RecordedAction(
                at, fit(actor, MAX_ACTOR), action.name(), fit(subject, MAX_SUBJECT), fit(detail, MAX_DETAIL))));
    }

    /** The newest entries, optionally of one subject or actor, newest first. */
    public List<AuditEntry> search(String subject, String actor, int max) {
        chainer.chainAll();
        return entityManager
                .createNamedQuery(AuditEntry.SEARCH, AuditEntry.class)
                .setParameter("subject", subject)
                .setParameter("actor", actor)
                .setMaxResults(Math.max(1, Math.min(max, 1_000)))
                .getResultList();
    }

    /**
     * Walks the whole chain: each entry's number follows the last, its previous hash is the last one's hash, its hash
     * is that of its fields, and the head names the last entry. The first failure is reported.
     */
    public ChainCheck verify() {
        chainer.chainAll();
        long expectedSeq = 1;
        String previous = vn.edoc.audit.control.AuditHash.GENESIS;
        while (true) {
            List<AuditEntry> page = entityManager
                    .createNamedQuery(AuditEntry.FROM_SEQ, AuditEntry.class)
                    .setParameter("from", expectedSeq)
                    .setMaxResults(PAGE)
                    .getResultList();
            for (AuditEntry entry : page) {
                String broken = brokenBecause(entry, expectedSeq, previous);
                if (broken != null) {
                    return new ChainCheck(expectedSeq - 1, false, entry.seq(), broken);
                }
                previous = entry.hash();
                expectedSeq++;
            }
            entityManager.clear(); // a long chain is read page by page, not kept in memory
            if (page.size() < PAGE) {
                break;
            }
        }
        AuditHead head = entityManager.find(AuditHead.class, AuditHead.ID);
        if (head.lastSeq() != expectedSeq - 1 || !head.lastHash().equals(previous)) {
            return new ChainCheck(
                    expectedSeq - 1,
                    false,
                    head.lastSeq(),
                    "entries after " + (expectedSeq - 1) + " are missing (the head names " + head.lastSeq() + ")");
        }
        return new ChainCheck(expectedSeq - 1, true, null, null);
    }

    private static String brokenBecause(AuditEntry entry, long expectedSeq, String previous) {
        if (entry.seq() != expectedSeq) {
            return "entry " + expectedSeq + " is missing";
        }
        if (!entry.previousHash().equals(previous)) {
            return "its previous hash is not the hash of entry " + (expectedSeq - 1);
        }
        if (!entry.computedHash().equals(entry.hash())) {
            return "its fields do not give its hash: the entry was changed";
        }
        return null;
    }

    private static String fit(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
