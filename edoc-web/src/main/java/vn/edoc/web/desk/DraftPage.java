package vn.edoc.web.desk;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.edoc.desk.boundary.DraftView;
import vn.edoc.desk.boundary.Outbox;
import vn.edoc.edxml.model.BusinessDocType;
import vn.edoc.error.EdocException;
import vn.edoc.exchange.boundary.PacketTrace;
import vn.edoc.web.Formats;
import vn.edoc.web.Pages;
import vn.edoc.web.security.CurrentUser;

/**
 * One outgoing document: its content and history, the steps its state allows (submit, issue, revoke, update,
 * replace) and, once issued, a timeline per recipient of every state it reached and every status it sent.
 */
@Named
@ViewScoped
public class DraftPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private Outbox outbox;

    @Inject
    private CurrentUser me;

    private Long id;
    private DraftView view;
    private String reason;

    public void load() {
        try {
            view = outbox.open(id, me.getOffice(), me.getUsername());
        } catch (EdocException refused) {
            Pages.refused(refused);
        }
    }

    public void submit() {
        act(() -> outbox.submit(id, me.getOffice(), me.getUsername()), "compose.submitted");
    }

    public void issue() {
        act(() -> outbox.issue(id, me.getOffice(), me.getUsername()), "draft.issued");
    }

    public void revoke() {
        change(BusinessDocType.REVOKE);
    }

    public void update() {
        change(BusinessDocType.UPDATE);
    }

    public void replace() {
        change(BusinessDocType.REPLACE);
    }

    private void change(BusinessDocType type) {
        if (reason == null || reason.isBlank()) {
            Pages.fieldMissing("changes:reason", "draft.reason.required");
            return;
        }
        try {
            long change = outbox.startChange(id, me.getOffice(), me.getUsername(), type, reason);
            Pages.done("draft.change.started");
            Pages.redirect("/clerk/compose.xhtml?id=" + change);
        } catch (EdocException refused) {
            Pages.refused(refused);
        }
    }

    private void act(Runnable step, String doneKey) {
        try {
            step.run();
            Pages.done(doneKey);
            Pages.redirect("/clerk/draft.xhtml?id=" + id);
        } catch (EdocException refused) {
            Pages.refused(refused);
        }
    }

    /** One line of a recipient's timeline: when, what. */
    public record Moment(Instant at, String what, String detail) implements Serializable {}

    /** A recipient's states and statuses merged in time order. */
    public List<Moment> timeline(PacketTrace.RecipientTrace recipient) {
        List<Moment> moments = new ArrayList<>();
        recipient
                .events()
                .forEach(e -> moments.add(new Moment(e.at(), Formats.text("delivery.state." + e.state()), "")));
        recipient
                .business()
                .statuses()
                .forEach(s -> moments.add(new Moment(
                        s.recordedAt(),
                        s.code().code() + " – "
                                + Formats.text("status." + s.code().code()),
                        detail(s))));
        moments.sort(Comparator.comparing(Moment::at));
        return moments;
    }

    private static String detail(PacketTrace.StatusEntry status) {
        String staff = status.staffName() == null ? "" : status.staffName();
        String description = status.description() == null ? "" : status.description();
        return (staff + (staff.isEmpty() || description.isEmpty() ? "" : ": ") + description).strip();
    }

    /** The recipients' names by code, for the timeline's headings. */
    public Map<String, String> getNames() {
        return view.recipients().stream()
                .collect(Collectors.toMap(DraftView.Named::code, DraftView.Named::name, (a, b) -> a));
    }

    public String nameOf(String code) {
        return getNames().getOrDefault(code, code);
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

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
