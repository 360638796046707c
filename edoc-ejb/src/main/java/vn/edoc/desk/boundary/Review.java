package vn.edoc.desk.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import vn.edoc.audit.AuditAction;
import vn.edoc.audit.boundary.AuditLog;
import vn.edoc.desk.entity.Draft;
import vn.edoc.desk.entity.DraftState;
import vn.edoc.error.EdocException;
import vn.edoc.error.ErrorCode;
import vn.edoc.signing.boundary.LeaderSigning;

/**
 * The leader's review queue: the drafts of their office submitted for their signature. Approving signs the very packet
 * the clerk submitted with the leader's key in the vault, unlocked by the PIN given with the call (wrong PINs are
 * counted and lock the key, as for the SOAP operation); returning sends the draft back with a comment.
 */
@Stateless
public class Review {
    @Inject
    private Clock clock;

    @PersistenceContext(unitName = "edoc")
    private EntityManager entityManager;

    @EJB
    private LeaderSigning signing;

    @EJB
    private AuditLog audit;

    public List<DraftSummary> queue(String leaderId, String office) {
        return entityManager
                .createNamedQuery(Draft.FOR_LEADER, Draft.class)
                .setParameter("leader", leaderId)
                .setParameter("office", office)
                .setParameter("state", DraftState.AWAITING_SIGNATURE)
                .getResultStream()
                .map(DraftSummary::of)
                .toList();
    }

    /** Signs the submitted packet as {@code leaderId}; the PIN is wiped by the signing service. */
    public void approve(long id, String office, String leaderId, char[] pin, String user) {
        Draft draft = awaiting(id, office, leaderId);
        byte[] signed = signing.signAtDesk(user, office, leaderId, pin, draft.packet());
        draft.signed(signed, user, Instant.now(clock));
    }

    public void returnToClerk(long id, String office, String leaderId, String comment, String user) {
        if (comment == null || comment.isBlank()) {
            throw new EdocException(ErrorCode.DRAFT_INCOMPLETE, "comment", "comment");
        }
        Draft draft = awaiting(id, office, leaderId);
        draft.returnToClerk(comment.strip(), user, Instant.now(clock));
        audit.append(user, AuditAction.DRAFT_RETURNED, draft.documentId(), comment.strip());
    }

    private Draft awaiting(long id, String office, String leaderId) {
        Draft draft = entityManager.find(Draft.class, id);
        if (draft == null || !draft.officeCode().equals(office)) {
            throw new EdocException(ErrorCode.DRAFT_NOT_FOUND, "draft", id, office);
        }
        if (draft.state() != DraftState.AWAITING_SIGNATURE
                || !leaderId.equals(draft.content().leaderId())) {
            throw new EdocException(ErrorCode.DRAFT_STATE_ILLEGAL, "draft", id, draft.state(), "sign");
        }
        return draft;
    }
}
