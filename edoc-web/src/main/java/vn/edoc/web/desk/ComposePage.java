package vn.edoc.web.desk;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.TreeNode;
import vn.edoc.desk.boundary.DeskAccount;
import vn.edoc.desk.boundary.DeskAccounts;
import vn.edoc.desk.boundary.DraftView;
import vn.edoc.desk.boundary.NewAttachment;
import vn.edoc.desk.boundary.Outbox;
import vn.edoc.desk.control.AttachedFile;
import vn.edoc.desk.entity.DraftContent;
import vn.edoc.directory.boundary.Directory;
import vn.edoc.error.EdocException;
import vn.edoc.web.Pages;
import vn.edoc.web.security.CurrentUser;

/**
 * Composing an outgoing document: the edXML metadata, the recipients ticked in the directory tree (or typed by code
 * for offices outside it), the files; saved as a draft or sent to the leader for signature in the same step.
 */
@Named
@ViewScoped
public class ComposePage implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private Outbox outbox;

    @EJB
    private DeskAccounts accounts;

    @EJB
    private Directory directory;

    @Inject
    private CurrentUser me;

    private Long id;
    private int typeCode = 1;
    private String number;
    private String notation;
    private String subject;
    private String leaderId;
    private int priority;
    private LocalDate dueDate;
    private String otherRecipients;
    private TreeNode<RecipientTree.Node> tree;
    private TreeNode<RecipientTree.Node>[] picked;
    private final List<NewAttachment> uploads = new ArrayList<>();
    private List<AttachedFile> attached = List.of();

    /** Fills the form from the draft being edited, if any, and builds the tree. */
    public void load() {
        Set<String> selected = new HashSet<>();
        if (id != null) {
            try {
                DraftView draft = outbox.open(id, me.getOffice(), me.getUsername());
                fill(draft.content());
                selected.addAll(draft.content().recipients());
                attached = draft.attachments();
            } catch (EdocException refused) {
                Pages.refused(refused);
            }
        } else if (notation == null) {
            notation = DocumentTypes.of(typeCode).abbreviation();
        }
        tree = RecipientTree.of(directory.active(), me.getOffice(), selected);
    }

    private void fill(DraftContent content) {
        typeCode = content.typeCode();
        number = content.number();
        notation = content.notation();
        subject = content.subject();
        leaderId = content.leaderId();
        priority = content.priority();
        dueDate = content.dueDate();
    }

    public void upload(FileUploadEvent event) {
        var file = event.getFile();
        uploads.add(new NewAttachment(file.getFileName(), file.getContentType(), file.getContent()));
    }

    public void removeUpload(int index) {
        uploads.remove(index);
    }

    public void removeAttached(int index) {
        try {
            outbox.detach(id, me.getOffice(), me.getUsername(), index);
            attached = outbox.open(id, me.getOffice(), me.getUsername()).attachments();
        } catch (EdocException refused) {
            Pages.refused(refused);
        }
    }

    /** Saves the draft and stays on it. */
    public void save() {
        if (store()) {
            Pages.done("compose.saved");
            Pages.redirect("/clerk/draft.xhtml?id=" + id);
        }
    }

    /** Saves the draft and puts it in the leader's review queue. */
    public void submit() {
        if (!store()) {
            return;
        }
        try {
            outbox.submit(id, me.getOffice(), me.getUsername());
            Pages.done("compose.submitted");
            Pages.redirect("/clerk/draft.xhtml?id=" + id);
        } catch (EdocException refused) {
            Pages.refused(refused);
        }
    }

    private boolean store() {
        List<String> recipients = recipients();
        if (recipients.isEmpty()) {
            Pages.fieldMissing("compose:recipients", "compose.recipients.required");
            return false;
        }
        DocumentTypes.Type type = DocumentTypes.of(typeCode);
        DraftContent content = new DraftContent(
                type.code(),
                type.name(),
                strip(number),
                strip(notation),
                strip(subject),
                leaderId,
                priority,
                dueDate,
                recipients);
        try {
            id = outbox.save(id, me.getOffice(), me.getUsername(), content, List.copyOf(uploads));
            uploads.clear();
            return true;
        } catch (EdocException refused) {
            Pages.refused(refused);
            return false;
        }
    }

    /** The ticked offices (a ticked branch brings its whole subtree) and the codes typed by hand. */
    List<String> recipients() {
        Set<String> codes = new LinkedHashSet<>();
        if (picked != null) {
            Arrays.stream(picked)
                    .flatMap(node -> RecipientTree.picked(node).stream())
                    .filter(code -> !code.isEmpty() && !code.equals(me.getOffice()))
                    .forEach(codes::add);
        }
        if (otherRecipients != null) {
            Arrays.stream(otherRecipients.split("[,;\\s]+"))
                    .map(String::strip)
                    .filter(code -> !code.isEmpty())
                    .forEach(codes::add);
        }
        return new ArrayList<>(codes);
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }

    public List<DocumentTypes.Type> getTypes() {
        return DocumentTypes.ALL;
    }

    public List<DeskAccount> getLeaders() {
        return accounts.leadersOf(me.getOffice());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public int getTypeCode() {
        return typeCode;
    }

    public void setTypeCode(int typeCode) {
        this.typeCode = typeCode;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getNotation() {
        return notation;
    }

    public void setNotation(String notation) {
        this.notation = notation;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getLeaderId() {
        return leaderId;
    }

    public void setLeaderId(String leaderId) {
        this.leaderId = leaderId;
    }

    public int getPriority() {
        return priority;
    }

    public void setPriority(int priority) {
        this.priority = priority;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public String getOtherRecipients() {
        return otherRecipients;
    }

    public void setOtherRecipients(String otherRecipients) {
        this.otherRecipients = otherRecipients;
    }

    public TreeNode<RecipientTree.Node> getTree() {
        return tree;
    }

    public TreeNode<RecipientTree.Node>[] getPicked() {
        return picked;
    }

    public void setPicked(TreeNode<RecipientTree.Node>[] picked) {
        this.picked = picked;
    }

    public List<NewAttachment> getUploads() {
        return uploads;
    }

    public List<AttachedFile> getAttached() {
        return attached;
    }
}
