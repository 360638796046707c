package vn.edoc.edxml.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.edoc.edxml.model.Attachment;
import vn.edoc.edxml.model.DocumentPacket;
import vn.edoc.edxml.model.EdxmlPacket;
import vn.edoc.edxml.model.ManifestReference;
import vn.edoc.edxml.model.MessageHeader;
import vn.edoc.edxml.model.StatusCode;
import vn.edoc.edxml.model.StatusPacket;
import vn.edoc.edxml.model.TraceHeaderList;
import vn.edoc.error.ErrorCode;

/**
 * Finds the parts of the envelope wherever real packets put them and binds the packet of the kind the header shows: a
 * {@code MessageHeader} with a {@code StatusCode} is a status packet, any other a document packet.
 */
final class PacketBinder {
    private static final String ROOT = "/edXML";
    private static final String ENVELOPE = ROOT + "/edXMLEnvelope";
    private static final String HEADER = ENVELOPE + "/edXMLHeader";
    private static final String MESSAGE_HEADER = HEADER + "/MessageHeader";
    private static final List<String> STATUS_CODES =
            java.util.Arrays.stream(StatusCode.values()).map(StatusCode::code).toList();

    private final Checks checks;
    private final Parts parts;
    private final AttachmentBinder attachments;

    PacketBinder(Checks checks, AttachmentBinder attachments) {
        this.checks = checks;
        this.parts = new Parts(checks);
        this.attachments = attachments;
    }

    /** The packet, or {@code null} when not even its header could be found. */
    EdxmlPacket bind(XmlNode root) {
        XmlNode envelope = checks.one(root, ROOT, "edXMLEnvelope", true);
        XmlNode header = checks.one(envelope, ENVELOPE, "edXMLHeader", true);
        XmlNode messageHeader = checks.one(header, HEADER, "MessageHeader", true);
        if (messageHeader == null) {
            return null;
        }
        if (!messageHeader.children(Set.of("StatusCode")).isEmpty()) {
            return status(messageHeader);
        }
        return document(root, envelope, header, messageHeader);
    }

    private StatusPacket status(XmlNode node) {
        String path = MESSAGE_HEADER;
        XmlNode responseFor = checks.one(node, path, "ResponseFor", true);
        String code = checks.coded(node, path, "StatusCode", STATUS_CODES, true);
        StatusCode statusCode = code == null ? null : StatusCode.ofCode(code).orElseThrow();
        boolean reasonNeeded = statusCode == StatusCode.REFUSED || statusCode == StatusCode.CHANGE_REFUSED;
        return new StatusPacket(
                parts.organization(checks.one(node, path, "From", true), path + "/From"),
                responseFor == null ? null : parts.responseFor(responseFor, path + "/ResponseFor"),
                parts.staffInfo(node, path),
                statusCode,
                // a refusal must say why (02, 16); 1000 characters as the systems in use allow
                checks.text(node, path, "Description", 1000, reasonNeeded),
                checks.timestamp(node, path, "Timestamp", true));
    }

    private DocumentPacket document(XmlNode root, XmlNode envelope, XmlNode header, XmlNode messageHeaderNode) {
        MessageHeader messageHeader = new MessageHeaderBinder(checks, parts).bind(messageHeaderNode, MESSAGE_HEADER);
        XmlNode traceNode = checks.one(header, HEADER, "TraceHeaderList", true);
        boolean answers = !messageHeader.responseFor().isEmpty();
        TraceHeaderList traces = new TraceBinder(checks, parts).bind(traceNode, HEADER + "/TraceHeaderList", answers);
        List<ManifestReference> manifest = manifest(envelope);
        List<Attachment> attached = attachments(root, envelope, manifest);
        return new DocumentPacket(messageHeader, traces, manifest, attached);
    }

    private List<ManifestReference> manifest(XmlNode envelope) {
        XmlNode body = checks.one(envelope, ENVELOPE, "edXMLBody", false);
        XmlNode manifest = checks.one(body, ENVELOPE + "/edXMLBody", AttachmentBinder.MANIFEST, "edXMLManifest", false);
        if (manifest == null) {
            return List.of();
        }
        return attachments.manifest(manifest, ENVELOPE + "/edXMLBody/" + manifest.name);
    }

    /** Attachments sit beside the envelope in the SDK's packets; some systems put them in the envelope or body. */
    private List<Attachment> attachments(XmlNode root, XmlNode envelope, List<ManifestReference> manifest) {
        List<XmlNode> nodes = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        XmlNode body = envelope == null ? null : checks.one(envelope, ENVELOPE, "edXMLBody", false);
        collect(root, ROOT, nodes, paths);
        collect(envelope, ENVELOPE, nodes, paths);
        collect(body, ENVELOPE + "/edXMLBody", nodes, paths);
        List<Attachment> found = attachments.attachments(nodes, paths, manifest);
        for (ManifestReference reference : manifest) {
            String id = reference.contentId();
            if (id != null && found.stream().noneMatch(a -> id.equals(a.contentId()))) {
                checks.add(ErrorCode.MANIFEST_REFERENCE_UNMATCHED, ENVELOPE + "/edXMLBody", body, id);
            }
        }
        return found;
    }

    private void collect(XmlNode parent, String path, List<XmlNode> nodes, List<String> paths) {
        for (XmlNode encoded : checks.many(parent, "AttachmentEncoded")) {
            List<XmlNode> items = checks.many(encoded, "Attachment");
            for (int i = 0; i < items.size(); i++) {
                nodes.add(items.get(i));
                paths.add(Parts.indexed(path + "/AttachmentEncoded", "Attachment", i));
            }
        }
    }
}
