package vn.edoc.web.operator;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.LazyDefaultTreeNode;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.TreeNode;
import vn.edoc.directory.OfficeRecord;
import vn.edoc.directory.boundary.AgencyRequestView;
import vn.edoc.directory.boundary.AgencyRequests;
import vn.edoc.directory.boundary.Branch;
import vn.edoc.directory.boundary.Directory;
import vn.edoc.directory.boundary.SealCertificate;
import vn.edoc.directory.boundary.SealRegistry;
import vn.edoc.directory.control.ImportSummary;
import vn.edoc.directory.control.OfficeChange;
import vn.edoc.error.EdocException;
import vn.edoc.web.Pages;

/**
 * The directory for operators: the tree of active offices, one office's details, registered seals and history, and
 * changes made the way every directory change is made, by a directory file (a new office, an edit, a merger or a
 * dissolution; checked whole, applied whole, each change kept in the history), exported and imported here.
 */
@Named
@ViewScoped
public class DirectoryPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private Directory directory;

    @EJB
    private SealRegistry seals;

    @EJB
    private AgencyRequests requests;

    private List<AgencyRequestView> waiting;

    @jakarta.inject.Inject
    private vn.edoc.web.security.CurrentUser me;

    private TreeNode<Branch> tree;
    private TreeNode<Branch> selectedNode;

    /**
     * The tree of active offices, loaded a branch at a time as the operator opens it (the tops open at once): however
     * many offices the directory holds, a page asks for the ones it shows.
     */
    public TreeNode<Branch> getTree() {
        if (tree == null) {
            Directory offices = directory;
            tree = new LazyDefaultTreeNode<>(
                    null,
                    branch -> offices.branches(
                            branch == null ? null : branch.office().code()),
                    branch -> branch != null && !branch.hasChildren());
            tree.getChildren().forEach(top -> top.setExpanded(true));
        }
        return tree;
    }

    public OfficeRecord getSelected() {
        return selectedNode == null || selectedNode.getData() == null
                ? null
                : selectedNode.getData().office();
    }

    public List<SealCertificate> getSeals() {
        return getSelected() == null
                ? List.of()
                : directory.sealsOf(getSelected().code());
    }

    public List<OfficeChange> getHistory() {
        return getSelected() == null
                ? List.of()
                : directory.history(getSelected().code());
    }

    /** The largest directory file the upload takes (the axis's import limit). */
    public long getMaxImportBytes() {
        return directory.importMaxBytes();
    }

    public void importFile(FileUploadEvent event) {
        try {
            ImportSummary summary = directory.importFile(event.getFile().getContent());
            Pages.done(
                    "directory.imported",
                    summary.created(),
                    summary.updated(),
                    summary.unchanged(),
                    summary.revision());
            tree = null;
            selectedNode = null;
        } catch (EdocException refused) {
            Pages.refused(refused);
        }
    }

    /** Registers an uploaded PEM certificate as a new seal of the selected office (rotation starts). */
    public void registerSeal(FileUploadEvent event) {
        if (getSelected() == null) {
            return;
        }
        try {
            SealCertificate seal =
                    seals.register(getSelected().code(), event.getFile().getContent(), me.getUsername());
            Pages.done(
                    "directory.seal.registered",
                    seal.sha256().substring(0, 16),
                    getSelected().code());
        } catch (EdocException refused) {
            Pages.refused(refused);
        }
    }

    /** Retires one seal of the selected office (rotation ends); the last seal stays. */
    public void retireSeal(String sha256) {
        try {
            seals.retire(getSelected().code(), sha256, me.getUsername());
            Pages.done(
                    "directory.seal.retired",
                    sha256.substring(0, 16),
                    getSelected().code());
        } catch (EdocException refused) {
            Pages.refused(refused);
        }
    }

    /** What connected systems asked to change (registerAgency, deleteAgency), waiting for an operator. */
    public List<AgencyRequestView> getRequests() {
        if (waiting == null) {
            waiting = requests.inState("PENDING");
        }
        return waiting;
    }

    /** Applies a waiting request: the office is added (level and kind from its parent) or dissolved. */
    public void approve(long id) {
        decide(id, true);
    }

    /** Rejects a waiting request; the directory stays as it is. */
    public void reject(long id) {
        decide(id, false);
    }

    private void decide(long id, boolean approve) {
        try {
            AgencyRequestView decided = approve
                    ? requests.approve(id, null, null, me.getUsername())
                    : requests.reject(id, me.getUsername());
            Pages.done(approve ? "directory.request.approved" : "directory.request.rejected", decided.code());
            tree = null;
        } catch (EdocException refused) {
            Pages.refused(refused);
        }
        waiting = null;
    }

    public StreamedContent getExport() {
        byte[] csv = directory.exportFile().getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder().name("danh-ba.csv").contentType("text/csv; charset=UTF-8").stream(
                        () -> new ByteArrayInputStream(csv))
                .build();
    }

    public TreeNode<Branch> getSelectedNode() {
        return selectedNode;
    }

    public void setSelectedNode(TreeNode<Branch> selectedNode) {
        this.selectedNode = selectedNode;
    }
}
