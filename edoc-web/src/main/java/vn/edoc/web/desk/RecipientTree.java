package vn.edoc.web.desk;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.primefaces.model.CheckboxTreeNode;
import org.primefaces.model.TreeNode;
import vn.edoc.directory.OfficeRecord;

/**
 * The directory as a tree to pick recipients from: the province, under it its departments and districts, under each
 * district its communes. Ticking a branch ticks every office in it. Built in one pass over the offices; the page
 * renders a branch only when it is opened ({@code dynamic}), so a branch ticked while closed brings its whole subtree
 * from here, and one ticked while open brings what is ticked in it.
 */
public final class RecipientTree {
    /** What a node shows and stands for. */
    public record Node(String code, String name, String level) implements Serializable {}

    private RecipientTree() {}

    static TreeNode<Node> of(List<OfficeRecord> offices, String sender, Set<String> selected) {
        TreeNode<Node> root = new CheckboxTreeNode<>(new Node("", "", ""), null);
        Map<String, List<OfficeRecord>> children = new HashMap<>();
        List<OfficeRecord> tops = new ArrayList<>();
        Set<String> codes = new java.util.HashSet<>();
        offices.forEach(o -> codes.add(o.code()));
        for (OfficeRecord office : offices) {
            if (office.parentCode() == null || !codes.contains(office.parentCode())) {
                tops.add(office);
            } else {
                children.computeIfAbsent(office.parentCode(), p -> new ArrayList<>())
                        .add(office);
            }
        }
        tops.sort(ORDER);
        tops.forEach(top -> add(root, top, children, sender, selected));
        return root;
    }

    /** The codes a ticked node stands for: its own, and its whole subtree when it is closed. */
    static List<String> picked(TreeNode<Node> node) {
        List<String> codes = new ArrayList<>();
        codes.add(node.getData().code());
        if (!node.isExpanded()) {
            node.getChildren().forEach(child -> subtree(child, codes));
        }
        return codes;
    }

    private static void subtree(TreeNode<Node> node, List<String> codes) {
        codes.add(node.getData().code());
        node.getChildren().forEach(child -> subtree(child, codes));
    }

    private static final Comparator<OfficeRecord> ORDER =
            Comparator.comparing(RecipientTree::levelRank).thenComparing(OfficeRecord::name);

    private static int levelRank(OfficeRecord office) {
        return switch (office.level()) {
            case "PROVINCE" -> 0;
            case "DEPARTMENT" -> 1;
            case "DISTRICT" -> 2;
            default -> 3;
        };
    }

    /** Adds the office and its subtree; true when a ticked office is in it (its branch then opens). */
    private static boolean add(
            TreeNode<Node> parent,
            OfficeRecord office,
            Map<String, List<OfficeRecord>> children,
            String sender,
            Set<String> selected) {
        TreeNode<Node> node = new CheckboxTreeNode<>(new Node(office.code(), office.name(), office.level()), parent);
        // the sender is shown for its branch but cannot be ticked: an office does not send to itself
        node.setSelectable(!office.code().equals(sender));
        node.setSelected(selected.contains(office.code()));
        List<OfficeRecord> below = new ArrayList<>(children.getOrDefault(office.code(), List.of()));
        below.sort(ORDER);
        boolean tickedBelow = false;
        for (OfficeRecord child : below) {
            tickedBelow |= add(node, child, children, sender, selected);
        }
        // a draft's recipients are shown ticked: the branches that hold them are open
        node.setExpanded(office.parentCode() == null || tickedBelow);
        return tickedBelow || node.isSelected();
    }
}
