package vn.edoc.web.desk;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.edoc.desk.boundary.DraftSummary;
import vn.edoc.desk.boundary.Review;
import vn.edoc.web.security.CurrentUser;

/** The leader's review queue: the drafts of their office waiting for their signature, most urgent first. */
@Named
@ViewScoped
public class QueuePage implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private Review review;

    @Inject
    private CurrentUser me;

    private List<DraftSummary> rows;

    public List<DraftSummary> getRows() {
        if (rows == null) {
            rows = review.queue(me.account().leaderId(), me.getOffice());
        }
        return rows;
    }
}
