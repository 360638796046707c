package vn.edoc.desk.control;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import vn.edoc.desk.entity.DraftContent;
import vn.edoc.edxml.model.Attachment;
import vn.edoc.edxml.model.AttachmentContent;
import vn.edoc.edxml.model.Business;
import vn.edoc.edxml.model.BusinessDocType;
import vn.edoc.edxml.model.BusinessDocumentInfo;
import vn.edoc.edxml.model.Code;
import vn.edoc.edxml.model.DocumentPacket;
import vn.edoc.edxml.model.DocumentType;
import vn.edoc.edxml.model.ManifestReference;
import vn.edoc.edxml.model.MessageHeader;
import vn.edoc.edxml.model.Organization;
import vn.edoc.edxml.model.OtherInfo;
import vn.edoc.edxml.model.PromulgationInfo;
import vn.edoc.edxml.model.ReplacementInfo;
import vn.edoc.edxml.model.SignerInfo;
import vn.edoc.edxml.model.TraceHeader;
import vn.edoc.edxml.model.TraceHeaderList;
import vn.edoc.edxml.write.EdxmlWriter;

/**
 * Writes a clerk's draft as the unsigned edXML packet the leader signs: the header from the draft's metadata, the
 * sender's trace with the time it was written, the business block (new, or the revocation, update or replacement of
 * an earlier document) and the attachments.
 */
public final class PacketComposer {
    private static final DateTimeFormatter DOCUMENT_ID_DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd");

    /**
     * Everything the packet says besides the draft's own content.
     *
     * @param place where it is issued (PromulgationInfo/Place), as "Gia Lai"
     * @param signer the leader as the packet names them: the name must be the one in their certificate
     * @param change what the document does to an earlier one of the same office
     */
    public record Letterhead(
            Organization sender,
            List<Organization> recipients,
            String place,
            SignerInfo signer,
            Change change,
            LocalDateTime writtenAt) {
        public Letterhead {
            recipients = List.copyOf(recipients);
        }
    }

    /** A revocation (1), update (2) or replacement (3) of {@code documentId}, or a new document (type 0). */
    public record Change(BusinessDocType type, String documentId, String reason) {
        public static final Change NONE = new Change(BusinessDocType.NEW, null, null);
    }

    /** One attached file, its bytes in a file. */
    public record File(String name, String contentType, AttachmentContent content) {}

    /** The DocumentId of the ND30 form {@code OrganId,yyyy/MM/dd,Number/Notation}. */
    public static String documentId(String organId, LocalDate date, DraftContent content) {
        return organId + "," + date.format(DOCUMENT_ID_DATE) + "," + content.code();
    }

    /** The unsigned packet's bytes. */
    public byte[] compose(DraftContent content, String documentId, Letterhead letterhead, List<File> files) {
        LocalDate date = letterhead.writtenAt().toLocalDate();
        MessageHeader header = new MessageHeader(
                letterhead.sender(),
                letterhead.recipients(),
                documentId,
                new Code(content.number(), content.notation()),
                new PromulgationInfo(letterhead.place(), date),
                new DocumentType(content.typeCode(), null, content.typeName()),
                content.subject(),
                null,
                letterhead.signer(),
                content.dueDate(),
                new OtherInfo(content.priority(), null, null, null, null, null, List.of()),
                List.of(),
                null,
                List.of());
        TraceHeaderList traces = new TraceHeaderList(
                List.of(new TraceHeader(letterhead.sender().organId(), letterhead.writtenAt())),
                business(letterhead.change(), letterhead.recipients()));
        List<ManifestReference> manifest = new ArrayList<>();
        List<Attachment> attachments = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            File file = files.get(i);
            String contentId = "cid:" + (i + 1);
            manifest.add(new ManifestReference(contentId, file.contentType(), file.name(), file.name()));
            attachments.add(new Attachment(contentId, file.name(), file.name(), file.contentType(), file.content()));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EdxmlWriter().write(new DocumentPacket(header, traces, manifest, attachments), out);
        return out.toByteArray();
    }

    private static Business business(Change change, List<Organization> recipients) {
        return switch (change.type()) {
            case NEW -> new Business(null, BusinessDocType.NEW, "Văn bản điện tử mới", 0, null, List.of(), null);
            case REVOKE ->
                new Business(change.documentId(), BusinessDocType.REVOKE, change.reason(), 0, null, List.of(), null);
            case UPDATE ->
                new Business(
                        change.documentId(),
                        BusinessDocType.UPDATE,
                        change.reason(),
                        0,
                        new BusinessDocumentInfo("1", "0", List.of()),
                        List.of(),
                        null);
            case REPLACE ->
                new Business(
                        null,
                        BusinessDocType.REPLACE,
                        change.reason(),
                        0,
                        null,
                        List.of(new ReplacementInfo(
                                change.documentId(),
                                recipients.stream().map(Organization::organId).toList())),
                        null);
        };
    }
}
