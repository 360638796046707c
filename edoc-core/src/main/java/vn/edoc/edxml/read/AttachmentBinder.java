package vn.edoc.edxml.read;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.edoc.edxml.model.Attachment;
import vn.edoc.edxml.model.AttachmentContent;
import vn.edoc.edxml.model.ManifestReference;
import vn.edoc.error.ErrorCode;

/** Binds the manifest and the attachments, checks that they announce each other, and unwraps zipped files. */
final class AttachmentBinder {
    static final Set<String> MANIFEST = Set.of("edXMLManifest", "Manifest");
    private static final Set<String> ZIP_TYPES = Set.of("application/zip", "application/x-zip-compressed");
    private static final int NAME_MAX = 255;

    private final Checks checks;
    private final ZipUnwrapper unwrapper;
    private final List<DecodedPayload> created;

    AttachmentBinder(Checks checks, ReadLimits limits, List<DecodedPayload> created) {
        this.checks = checks;
        this.unwrapper = new ZipUnwrapper(limits.temporaryDirectory(), limits.maxAttachmentBytes());
        this.created = created;
    }

    List<ManifestReference> manifest(XmlNode manifest, String path) {
        List<ManifestReference> references = new ArrayList<>();
        List<XmlNode> nodes = checks.many(manifest, "Reference");
        for (int i = 0; i < nodes.size(); i++) {
            String at = Parts.indexed(path, "Reference", i);
            XmlNode node = nodes.get(i);
            references.add(new ManifestReference(
                    checks.exact(node, at, "ContentId", NAME_MAX, true),
                    checks.exact(node, at, "ContentType", NAME_MAX, false),
                    checks.note(node, at, "Description", false),
                    checks.exact(node, at, "AttachmentName", NAME_MAX, false)));
        }
        return references;
    }

    List<Attachment> attachments(List<XmlNode> nodes, List<String> paths, List<ManifestReference> manifest) {
        List<Attachment> attachments = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < nodes.size(); i++) {
            Attachment attachment = attachment(nodes.get(i), paths.get(i));
            String id = attachment.contentId();
            if (id != null && !seen.add(id)) {
                checks.add(ErrorCode.ATTACHMENT_ID_REPEATED, paths.get(i) + "/ContentId", nodes.get(i), id);
            } else if (id != null && manifest.stream().noneMatch(r -> id.equals(r.contentId()))) {
                checks.add(ErrorCode.ATTACHMENT_NOT_IN_MANIFEST, paths.get(i) + "/ContentId", nodes.get(i), id);
            }
            attachments.add(attachment);
        }
        return attachments;
    }

    private Attachment attachment(XmlNode node, String path) {
        String name = checks.exact(node, path, "AttachmentName", NAME_MAX, true);
        if (name != null && !usableAsFileName(name)) {
            checks.add(ErrorCode.ATTACHMENT_NAME_INVALID, path + "/AttachmentName", node, name);
            name = null;
        }
        String contentType = checks.exact(node, path, "ContentType", NAME_MAX, false);
        XmlNode encoded = checks.one(node, path, "ContentTransferEncoded", true);
        AttachmentContent content = encoded == null ? null : content(encoded, path, name, contentType);
        return new Attachment(
                checks.exact(node, path, "ContentId", NAME_MAX, true),
                name,
                checks.note(node, path, "Description", false),
                contentType,
                content);
    }

    private AttachmentContent content(XmlNode encoded, String path, String name, String contentType) {
        String at = path + "/ContentTransferEncoded";
        if (encoded.payloadFailure() != null) {
            checks.add(encoded.payloadFailure(), at, encoded, label(name, path), encoded.payloadFailureDetail());
            return null;
        }
        DecodedPayload payload = encoded.payload();
        if (payload.size() == 0) {
            checks.add(ErrorCode.FIELD_REQUIRED, at, encoded, "ContentTransferEncoded");
            return null;
        }
        if (!wrapped(name, contentType)) {
            return new AttachmentContent(payload.file(), payload.size(), payload.sha256(), false);
        }
        try {
            if (!ZipUnwrapper.looksZipped(payload)) {
                throw new ZipUnwrapper.Refused("not a zip file");
            }
            DecodedPayload inner = unwrapper.unwrap(payload);
            created.add(inner);
            return new AttachmentContent(inner.file(), inner.size(), inner.sha256(), true);
        } catch (ZipUnwrapper.TooLarge e) {
            checks.add(ErrorCode.ATTACHMENT_TOO_LARGE, at, encoded, label(name, path), unwrapper.maxBytes());
        } catch (ZipUnwrapper.Refused e) {
            checks.add(ErrorCode.ATTACHMENT_ZIP_INVALID, at, encoded, label(name, path), e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return null;
    }

    /** How messages name an attachment: by its name, or by its place when it has no usable one. */
    private static String label(String name, String path) {
        return name != null ? name : path;
    }

    /** The SDK zips each file and says so in the content type, keeping the file's own name (not ending in .zip). */
    private static boolean wrapped(String name, String contentType) {
        return contentType != null
                && ZIP_TYPES.contains(contentType.toLowerCase(Locale.ROOT))
                && name != null
                && !name.toLowerCase(Locale.ROOT).endsWith(".zip");
    }

    private static boolean usableAsFileName(String name) {
        return !name.equals(".")
                && !name.equals("..")
                && name.chars().noneMatch(c -> c == '/' || c == '\\' || c < 0x20 || c == 0x7f);
    }
}
