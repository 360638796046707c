package vn.edoc.web.desk;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import vn.edoc.desk.boundary.Inbox;
import vn.edoc.desk.boundary.InboxFilter;
import vn.edoc.desk.boundary.IncomingDocument;
import vn.edoc.web.security.CurrentUser;

/** The clerk's incoming documents, filtered by status, priority and due date and searched by number, subject, sender. */
@Named
@ViewScoped
public class InboxPage implements Serializable {
    @Inject
    private Clock clock;

    private static final long serialVersionUID = 1L;

    @EJB
    private Inbox inbox;

    @Inject
    private CurrentUser me;

    private String progress;
    private Integer priority;
    private LocalDate dueBy;
    private String text;
    private List<IncomingDocument> rows;

    public List<IncomingDocument> getRows() {
        if (rows == null) {
            search();
        }
        return rows;
    }

    public void search() {
        rows = inbox.list(me.getOffice(), new InboxFilter(progress, priority, dueBy, text));
    }

    public void clear() {
        progress = null;
        priority = null;
        dueBy = null;
        text = null;
        search();
    }

    /** Whether the document is past its due date and the office has neither finished nor refused it. */
    public boolean isOverdue(IncomingDocument row) {
        return row.dueDate() != null
                && row.dueDate().isBefore(LocalDate.now(clock.withZone(vn.edoc.web.Formats.VIETNAM)))
                && (row.progress() == null
                        || !List.of("02", "06").contains(row.progress().code()));
    }

    public String getProgress() {
        return progress;
    }

    public void setProgress(String progress) {
        this.progress = progress;
    }

    public Integer getPriority() {
        return priority;
    }

    public void setPriority(Integer priority) {
        this.priority = priority;
    }

    public LocalDate getDueBy() {
        return dueBy;
    }

    public void setDueBy(LocalDate dueBy) {
        this.dueBy = dueBy;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
