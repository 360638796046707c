package vn.edoc.web.operator;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.edoc.audit.boundary.AuditLog;
import vn.edoc.audit.boundary.ChainCheck;
import vn.edoc.audit.entity.AuditEntry;

/** The audit log: the newest entries by subject (a packet, a system, an office) or actor, and the chain's check. */
@Named
@ViewScoped
public class AuditPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private AuditLog audit;

    private String subject;
    private String actor;
    private List<AuditEntry> rows;
    private ChainCheck check;

    public List<AuditEntry> getRows() {
        if (rows == null) {
            search();
        }
        return rows;
    }

    public void search() {
        rows = audit.search(blankToNull(subject), blankToNull(actor), 300);
    }

    public void verify() {
        check = audit.verify();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public ChainCheck getCheck() {
        return check;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }
}
