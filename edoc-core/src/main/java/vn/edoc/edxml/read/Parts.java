package vn.edoc.edxml.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.edoc.edxml.model.Organization;
import vn.edoc.edxml.model.ResponseFor;
import vn.edoc.edxml.model.StaffInfo;

/** The parts both kinds of packet share: offices, the document answered, the clerk. */
final class Parts {
    /** ND30 Phụ lục VI: OrganName 200. */
    static final int ORGAN_NAME_MAX = 200;
    /** Number (11) + "/" + notation (30). */
    static final int CODE_MAX = 42;

    static final Set<String> BUSINESS = Set.of("Bussiness", "Business");

    private final Checks checks;

    Parts(Checks checks) {
        this.checks = checks;
    }

    Organization organization(XmlNode node, String path) {
        if (node == null) {
            return null;
        }
        return new Organization(
                checks.organId(node, path, "OrganId", true),
                // an office is its code; its name and address are what the directory says
                checks.note(node, path, "OrganizationInCharge", ORGAN_NAME_MAX, false),
                checks.note(node, path, "OrganName", ORGAN_NAME_MAX, true),
                checks.note(node, path, "OrganAdd", false),
                checks.note(node, path, "Email", false),
                checks.note(node, path, "Telephone", false),
                checks.note(node, path, "Fax", false),
                checks.note(node, path, "Website", false));
    }

    ResponseFor responseFor(XmlNode node, String path) {
        return new ResponseFor(
                checks.organId(node, path, "OrganId", true),
                checks.exact(node, path, "Code", CODE_MAX, true),
                checks.date(node, path, "PromulgationDate", true),
                checks.documentId(node, path, "DocumentId", true));
    }

    StaffInfo staffInfo(XmlNode parent, String parentPath) {
        XmlNode node = checks.one(parent, parentPath, "StaffInfo", false);
        if (node == null) {
            return null;
        }
        String path = parentPath + "/StaffInfo";
        // who handled it, for people to read
        return new StaffInfo(
                checks.note(node, path, "Department", false),
                checks.note(node, path, "DepartmentId", false),
                checks.note(node, path, "Staff", false),
                checks.note(node, path, "StaffId", false),
                checks.note(node, path, "Mobile", false),
                checks.note(node, path, "Email", false));
    }

    /** The texts of the repeated child {@code name} of {@code parent}, each informational; an empty one is left out. */
    List<String> texts(XmlNode parent, String parentPath, String name, int max) {
        List<String> texts = new ArrayList<>();
        List<XmlNode> nodes = checks.many(parent, name);
        for (int i = 0; i < nodes.size(); i++) {
            String value = checks.note(nodes.get(i), parentPath + "/" + name + "[" + (i + 1) + "]", max, true);
            if (value != null) {
                texts.add(value);
            }
        }
        return texts;
    }

    static String indexed(String path, String name, int index) {
        return path + "/" + name + "[" + (index + 1) + "]";
    }
}
