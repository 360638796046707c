package vn.edoc.web.desk;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.edoc.desk.boundary.DraftSummary;
import vn.edoc.desk.boundary.Outbox;
import vn.edoc.web.security.CurrentUser;

/** The office's outgoing documents, newest first, in every state from draft to issued. */
@Named
@ViewScoped
public class OutboxPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private Outbox outbox;

    @Inject
    private CurrentUser me;

    private List<DraftSummary> rows;

    public List<DraftSummary> getRows() {
        if (rows == null) {
            rows = outbox.ofOffice(me.getOffice());
        }
        return rows;
    }
}
