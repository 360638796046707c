package vn.edoc.web.desk;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import vn.edoc.desk.boundary.DraftView;
import vn.edoc.desk.boundary.Outbox;
import vn.edoc.desk.boundary.Review;
import vn.edoc.error.EdocException;
import vn.edoc.web.Pages;
import vn.edoc.web.security.CurrentUser;

/**
 * A draft under the leader's review: the content and recipients, the attachments shown in the page (PDF inline), and
 * approve with the PIN of their key, or return to the clerk with a comment.
 */
@Named
@ViewScoped
public class ReviewPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private Review review;

    @EJB
    private Outbox outbox;

    @Inject
    private CurrentUser me;

    private Long id;
    private DraftView view;
    private String pin;
    private String comment;
    private int shown;

    public void load() {
        try {
            view = outbox.open(id, me.getOffice(), me.getUsername());
        } catch (EdocException refused) {
            Pages.refused(refused);
        }
    }

    public void approve() {
        if (pin == null || pin.isBlank()) {
            Pages.fieldMissing("sign:pin", "review.pin.required");
            return;
        }
        char[] given = pin.toCharArray();
        pin = null; // the PIN does not stay in the view's state
        try {
            review.approve(id, me.getOffice(), me.account().leaderId(), given, me.getUsername());
            Pages.done("review.signed");
            Pages.redirect("/leader/queue.xhtml");
        } catch (EdocException refused) {
            Pages.refused(refused);
        }
    }

    public void returnToClerk() {
        if (comment == null || comment.isBlank()) {
            Pages.fieldMissing("back:comment", "review.comment.required");
            return;
        }
        try {
            review.returnToClerk(id, me.getOffice(), me.account().leaderId(), comment, me.getUsername());
            Pages.done("review.returned");
            Pages.redirect("/leader/queue.xhtml");
        } catch (EdocException refused) {
            Pages.refused(refused);
        }
    }

    /** The attachment shown in the page's viewer. */
    public void show(int index) {
        shown = index;
    }

    public boolean isAwaiting() {
        return view != null && view.summary().state() == vn.edoc.desk.entity.DraftState.AWAITING_SIGNATURE;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public DraftView getView() {
        return view;
    }

    public String getPin() {
        return pin;
    }

    public void setPin(String pin) {
        this.pin = pin;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public int getShown() {
        return shown;
    }
}
