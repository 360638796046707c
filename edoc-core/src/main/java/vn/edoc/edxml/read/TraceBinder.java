package vn.edoc.edxml.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.edoc.edxml.model.Business;
import vn.edoc.edxml.model.BusinessDocType;
import vn.edoc.edxml.model.BusinessDocumentInfo;
import vn.edoc.edxml.model.Receiver;
import vn.edoc.edxml.model.ReplacementInfo;
import vn.edoc.edxml.model.TraceHeader;
import vn.edoc.edxml.model.TraceHeaderList;
import vn.edoc.error.ErrorCode;

/** Binds {@code TraceHeaderList}: the hops, and the business block with what each business type needs. */
final class TraceBinder {
    static final List<String> DOC_TYPES = List.of("0", "1", "2", "3");
    static final List<String> FLAGS = List.of("0", "1");

    private final Checks checks;
    private final Parts parts;

    TraceBinder(Checks checks, Parts parts) {
        this.checks = checks;
        this.parts = parts;
    }

    TraceHeaderList bind(XmlNode list, String path, boolean answersADocument) {
        if (list == null) {
            return null;
        }
        List<TraceHeader> traces = new ArrayList<>();
        List<XmlNode> nodes = checks.many(list, "TraceHeader");
        for (int i = 0; i < nodes.size(); i++) {
            String at = Parts.indexed(path, "TraceHeader", i);
            traces.add(new TraceHeader(
                    checks.organId(nodes.get(i), at, "OrganId", true),
                    checks.timestamp(nodes.get(i), at, "Timestamp", true)));
        }
        XmlNode business = checks.one(list, path, Parts.BUSINESS, "Bussiness", false);
        String businessPath = path + "/" + (business == null ? "Bussiness" : business.name);
        return new TraceHeaderList(traces, business(business, businessPath, answersADocument));
    }

    private Business business(XmlNode node, String path, boolean answersADocument) {
        if (node == null) {
            return null;
        }
        String typeName = spelling(node, "DocType");
        String typeCode = checks.coded(node, path, typeName, DOC_TYPES, true);
        BusinessDocType type =
                typeCode == null ? null : BusinessDocType.ofCode(typeCode).orElseThrow();
        String documentId = checks.documentId(node, path, "DocumentId", false);
        BusinessDocumentInfo info = documentInfo(node, path);
        List<ReplacementInfo> replacements = replacements(node, path);
        requireWhatTheTypeNeeds(node, path, type, documentId != null || answersADocument, replacements);
        return new Business(
                documentId,
                type,
                checks.text(node, path, spelling(node, "DocReason"), false),
                // whether a paper copy follows informs the clerk
                checks.codedNumberNote(node, path, "Paper", FLAGS),
                info,
                replacements,
                parts.staffInfo(node, path));
    }

    private void requireWhatTheTypeNeeds(
            XmlNode node, String path, BusinessDocType type, boolean targetNamed, List<ReplacementInfo> replacements) {
        if ((type == BusinessDocType.REVOKE || type == BusinessDocType.UPDATE) && !targetNamed) {
            // a revocation or update must say which document it acts on: here, or in MessageHeader/ResponseFor
            checks.add(ErrorCode.FIELD_REQUIRED, path + "/DocumentId", node, "DocumentId");
        }
        if (type == BusinessDocType.REPLACE && replacements.isEmpty()) {
            checks.add(ErrorCode.FIELD_REQUIRED, path + "/ReplacementInfoList", node, "ReplacementInfoList");
        }
    }

    private BusinessDocumentInfo documentInfo(XmlNode business, String businessPath) {
        String name = spelling(business, "DocumentInfo");
        XmlNode node = checks.one(business, businessPath, Set.of(name), name, false);
        if (node == null) {
            return null;
        }
        String path = businessPath + "/" + name;
        XmlNode list = checks.one(node, path, "ReceiverList", false);
        List<Receiver> receivers = new ArrayList<>();
        List<XmlNode> nodes = checks.many(list, "Receiver");
        for (int i = 0; i < nodes.size(); i++) {
            String at = Parts.indexed(path + "/ReceiverList", "Receiver", i);
            String organId = checks.organId(nodes.get(i), at, "OrganId", true);
            Integer receiverType = checks.codedNumber(nodes.get(i), at, "ReceiverType", FLAGS, true);
            if (organId != null && receiverType != null) {
                receivers.add(new Receiver(organId, receiverType));
            }
        }
        return new BusinessDocumentInfo(
                checks.coded(node, path, "DocumentInfo", FLAGS, false),
                checks.coded(node, path, "DocumentReceiver", FLAGS, false),
                receivers);
    }

    private List<ReplacementInfo> replacements(XmlNode business, String businessPath) {
        XmlNode list = checks.one(business, businessPath, "ReplacementInfoList", false);
        String listPath = businessPath + "/ReplacementInfoList";
        List<ReplacementInfo> replacements = new ArrayList<>();
        List<XmlNode> nodes = checks.many(list, "ReplacementInfo");
        for (int i = 0; i < nodes.size(); i++) {
            String at = Parts.indexed(listPath, "ReplacementInfo", i);
            String documentId = checks.documentId(nodes.get(i), at, "DocumentId", true);
            XmlNode organs = checks.one(nodes.get(i), at, "OrganIdList", true);
            List<String> organIds = new ArrayList<>();
            List<XmlNode> organNodes = checks.many(organs, "OrganId");
            if (organs != null && organNodes.isEmpty()) {
                checks.add(ErrorCode.FIELD_REQUIRED, at + "/OrganIdList/OrganId", organs, "OrganId");
            }
            for (int j = 0; j < organNodes.size(); j++) {
                String organId =
                        checks.organId(organNodes.get(j), Parts.indexed(at + "/OrganIdList", "OrganId", j), true);
                if (organId != null) {
                    organIds.add(organId);
                }
            }
            replacements.add(new ReplacementInfo(documentId, organIds));
        }
        return replacements;
    }

    /** The name the packet uses for {@code Bussiness<suffix>}: both spellings occur in real packets. */
    private static String spelling(XmlNode business, String suffix) {
        String alternative = "Business" + suffix;
        return business.children(Set.of(alternative)).isEmpty() ? "Bussiness" + suffix : alternative;
    }
}
