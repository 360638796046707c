package vn.edoc.web.desk;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import vn.edoc.desk.boundary.Inbox;
import vn.edoc.desk.boundary.IncomingView;
import vn.edoc.edxml.model.StatusCode;
import vn.edoc.error.EdocException;
import vn.edoc.exchange.control.StatusRules;
import vn.edoc.web.Pages;
import vn.edoc.web.security.CurrentUser;

/**
 * One incoming document: opening it shows it; the clerk receives it (the receipt and 01, a POST of the page, never
 * the GET of a link), then registers (03), refuses with a reason (02), assigns (04), reports processing (05) or done
 * (06); each is a sealed status packet to the sender.
 */
@Named
@ViewScoped
public class DocumentPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private Inbox inbox;

    @Inject
    private CurrentUser me;

    private String id;
    private IncomingView view;
    private String note;

    /** Called once the view parameter is set. */
    public void load() {
        try {
            view = inbox.open(me.getOffice(), id, me.getUsername());
        } catch (EdocException refused) {
            Pages.refused(refused);
        }
    }

    public void register() {
        reply(StatusCode.REGISTERED, "document.registered");
    }

    public void refuse() {
        if (note == null || note.isBlank()) {
            Pages.fieldMissing("actions:note", "document.reason.required");
            return;
        }
        reply(StatusCode.REFUSED, "document.refused");
    }

    public void assign() {
        reply(StatusCode.ASSIGNED, "document.assigned");
    }

    public void processing() {
        reply(StatusCode.PROCESSING, "document.processing");
    }

    public void done() {
        reply(StatusCode.DONE, "document.done");
    }

    /** Accepts the sender's revocation, update or replacement of this document (15). */
    public void acceptChange() {
        reply(StatusCode.CHANGE_ACCEPTED, "document.changeAccepted");
    }

    /** Refuses it (16), with the reason in the note. */
    public void refuseChange() {
        reply(StatusCode.CHANGE_REFUSED, "document.changeRefused");
    }

    public void receive() {
        try {
            view = inbox.receive(me.getOffice(), id, me.getUsername());
            Pages.done("document.received");
        } catch (EdocException refused) {
            Pages.refused(refused);
        }
    }

    /** Whether the office received the copy: only then may it answer the sender. */
    public boolean isReceived() {
        return view != null && view.row().state() == vn.edoc.exchange.DeliveryState.CONFIRMED;
    }

    private void reply(StatusCode code, String doneKey) {
        try {
            inbox.reply(me.getOffice(), id, code, note, me.getUsername());
            Pages.done(doneKey);
            note = null;
            view = inbox.open(me.getOffice(), id, me.getUsername());
        } catch (EdocException refused) {
            Pages.refused(refused);
        }
    }

    /** Whether {@code code} may follow the office's last status: the axis's own rules, which it checks again. */
    public boolean may(String code) {
        if (!isReceived() || view.trace() == null) {
            return false;
        }
        var business = view.trace().business();
        return StatusRules.refusal(
                        business.progress(),
                        business.changePending() != null,
                        business.withdrawn(),
                        StatusCode.ofCode(code).orElseThrow())
                .isEmpty();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public IncomingView getView() {
        return view;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
