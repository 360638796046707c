package vn.edoc.edxml.write;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import javax.xml.stream.XMLStreamException;
import vn.edoc.edxml.model.Attachment;
import vn.edoc.edxml.model.DocumentPacket;
import vn.edoc.edxml.model.EdxmlPacket;
import vn.edoc.edxml.model.ManifestReference;
import vn.edoc.edxml.model.Organization;
import vn.edoc.edxml.model.ResponseFor;
import vn.edoc.edxml.model.StaffInfo;
import vn.edoc.edxml.model.StatusPacket;

/** Writes a packet in the canonical form; attachments stream from their files. Thread-safe. */
public final class EdxmlWriter {
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu/MM/dd");
    static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu/MM/dd HH:mm:ss");

    /** Writes {@code packet} to {@code out} (left open). */
    /**
     * Writes what an attachment's {@code ContentTransferEncoded} holds for {@code attachment}: its file in base64,
     * zipped first when it travels zipped. For a signer that replaces one attachment's content in a packet it leaves
     * otherwise as it is.
     */
    public static void writeContent(Attachment attachment, OutputStream text) {
        AttachmentEncoder.encode(attachment, text);
    }

    public void write(EdxmlPacket packet, OutputStream out) {
        try {
            IndentingXml xml = new IndentingXml(out);
            xml.openRoot();
            xml.open("edXMLEnvelope", true);
            xml.open("edXMLHeader");
            if (packet instanceof DocumentPacket document) {
                new HeaderWriter(xml).write(document.header(), document.traceHeaderList());
                xml.close();
                manifest(xml, document);
                xml.close();
                attachments(xml, document);
            } else {
                status(xml, (StatusPacket) packet);
                xml.close();
                xml.close();
            }
            xml.close();
            xml.finish();
        } catch (XMLStreamException e) {
            throw new UncheckedIOException(new IOException("cannot write the packet", e));
        }
    }

    private static void status(IndentingXml xml, StatusPacket status) throws XMLStreamException {
        xml.open("MessageHeader");
        organization(xml, "From", status.from());
        responseFor(xml, status.responseFor());
        staffInfo(xml, status.staffInfo());
        xml.leaf(
                "StatusCode",
                status.statusCode() == null ? null : status.statusCode().code());
        xml.leaf("Description", status.description());
        xml.leaf("Timestamp", status.timestamp() == null ? null : TIMESTAMP.format(status.timestamp()));
        xml.close();
    }

    private static void manifest(IndentingXml xml, DocumentPacket document) throws XMLStreamException {
        if (document.manifest().isEmpty()) {
            return;
        }
        xml.open("edXMLBody");
        xml.open("edXMLManifest");
        xml.attribute("version", "1.0");
        for (ManifestReference reference : document.manifest()) {
            xml.open("Reference");
            xml.leaf("ContentId", reference.contentId());
            xml.leaf("ContentType", reference.contentType());
            xml.leaf("Description", reference.description());
            xml.leaf("AttachmentName", reference.attachmentName());
            xml.close();
        }
        xml.close();
        xml.close();
    }

    private static void attachments(IndentingXml xml, DocumentPacket document) throws XMLStreamException {
        if (document.attachments().isEmpty()) {
            return;
        }
        xml.openUnprefixed("AttachmentEncoded");
        for (Attachment attachment : document.attachments()) {
            xml.openUnprefixed("Attachment");
            xml.unprefixedLeaf("ContentId", attachment.contentId());
            xml.unprefixedLeaf("AttachmentName", attachment.attachmentName());
            xml.unprefixedLeaf("Description", attachment.description());
            xml.unprefixedLeaf("ContentType", attachment.contentType());
            xml.openStreamedLeaf("ContentTransferEncoded", true);
            AttachmentEncoder.encode(attachment, xml.textSink());
            xml.endLeaf();
            xml.close();
        }
        xml.close();
    }

    static void organization(IndentingXml xml, String element, Organization organization) throws XMLStreamException {
        if (organization == null) {
            return;
        }
        xml.open(element);
        xml.leaf("OrganId", organization.organId());
        xml.leaf("OrganizationInCharge", organization.organizationInCharge());
        xml.requiredLeaf("OrganName", organization.organName());
        xml.leaf("OrganAdd", organization.organAdd());
        xml.leaf("Email", organization.email());
        xml.leaf("Telephone", organization.telephone());
        xml.leaf("Fax", organization.fax());
        xml.leaf("Website", organization.website());
        xml.close();
    }

    static void responseFor(IndentingXml xml, ResponseFor responseFor) throws XMLStreamException {
        if (responseFor == null) {
            return;
        }
        xml.open("ResponseFor");
        xml.leaf("OrganId", responseFor.organId());
        xml.leaf("Code", responseFor.code());
        xml.leaf("PromulgationDate", date(responseFor.promulgationDate()));
        xml.leaf("DocumentId", responseFor.documentId());
        xml.close();
    }

    static void staffInfo(IndentingXml xml, StaffInfo staff) throws XMLStreamException {
        if (staff == null) {
            return;
        }
        xml.open("StaffInfo");
        xml.leaf("Department", staff.department());
        xml.leaf("DepartmentId", staff.departmentId());
        xml.leaf("Staff", staff.staff());
        xml.leaf("StaffId", staff.staffId());
        xml.leaf("Mobile", staff.mobile());
        xml.leaf("Email", staff.email());
        xml.close();
    }

    static String date(java.time.LocalDate date) {
        return date == null ? null : DATE.format(date);
    }
}
