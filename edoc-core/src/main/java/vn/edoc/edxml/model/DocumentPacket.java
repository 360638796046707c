package vn.edoc.edxml.model;

import java.util.List;

/** A packet that carries a document: header, trace list, manifest and attachments. */
public record DocumentPacket(
        MessageHeader header,
        TraceHeaderList traceHeaderList,
        List<ManifestReference> manifest,
        List<Attachment> attachments)
        implements EdxmlPacket {
    public DocumentPacket {
        manifest = List.copyOf(manifest);
        attachments = List.copyOf(attachments);
    }

    @Override
    public Organization from() {
        return header.from();
    }
}
