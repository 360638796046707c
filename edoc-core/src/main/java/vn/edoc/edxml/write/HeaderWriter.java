package vn.edoc.edxml.write;

import javax.xml.stream.XMLStreamException;
import vn.edoc.edxml.model.Business;
import vn.edoc.edxml.model.BusinessDocumentInfo;
import vn.edoc.edxml.model.MessageHeader;
import vn.edoc.edxml.model.Organization;
import vn.edoc.edxml.model.OtherInfo;
import vn.edoc.edxml.model.Receiver;
import vn.edoc.edxml.model.ReplacementInfo;
import vn.edoc.edxml.model.ResponseFor;
import vn.edoc.edxml.model.TraceHeader;
import vn.edoc.edxml.model.TraceHeaderList;

/** Writes a document packet's {@code MessageHeader} and {@code TraceHeaderList} in the national SDK's order. */
final class HeaderWriter {
    private final IndentingXml xml;

    HeaderWriter(IndentingXml xml) {
        this.xml = xml;
    }

    void write(MessageHeader header, TraceHeaderList traces) throws XMLStreamException {
        xml.open("MessageHeader");
        EdxmlWriter.organization(xml, "From", header.from());
        for (Organization to : header.to()) {
            EdxmlWriter.organization(xml, "To", to);
        }
        xml.leaf("DocumentId", header.documentId());
        document(header);
        otherInfo(header.otherInfo());
        for (ResponseFor answered : header.responseFor()) {
            EdxmlWriter.responseFor(xml, answered);
        }
        xml.leaf("SteeringType", header.steeringType());
        if (!header.toPlaces().isEmpty()) {
            xml.open("ToPlaces");
            for (String place : header.toPlaces()) {
                xml.leaf("Place", place);
            }
            xml.close();
        }
        xml.close();
        traceHeaderList(traces);
    }

    private void document(MessageHeader header) throws XMLStreamException {
        if (header.code() != null) {
            xml.open("Code");
            xml.leaf("CodeNumber", header.code().number());
            xml.leaf("CodeNotation", header.code().notation());
            xml.close();
        }
        if (header.promulgationInfo() != null) {
            xml.open("PromulgationInfo");
            xml.requiredLeaf("Place", header.promulgationInfo().place());
            xml.leaf(
                    "PromulgationDate",
                    EdxmlWriter.date(header.promulgationInfo().date()));
            xml.close();
        }
        if (header.documentType() != null) {
            xml.open("DocumentType");
            xml.leaf("Type", header.documentType().type());
            xml.leaf("TypeDetail", header.documentType().typeDetail());
            xml.requiredLeaf("TypeName", header.documentType().typeName());
            xml.close();
        }
        xml.leaf("Subject", header.subject());
        xml.leaf("Content", header.content());
        if (header.signerInfo() != null) {
            xml.open("SignerInfo");
            xml.leaf("Competence", header.signerInfo().competence());
            xml.leaf("Position", header.signerInfo().position());
            xml.requiredLeaf("FullName", header.signerInfo().fullName());
            xml.close();
        }
        xml.leaf("DueDate", EdxmlWriter.date(header.dueDate()));
    }

    private void otherInfo(OtherInfo other) throws XMLStreamException {
        if (other == null) {
            return;
        }
        xml.open("OtherInfo");
        xml.leaf("Priority", other.priority());
        xml.leaf("SphereOfPromulgation", other.sphereOfPromulgation());
        xml.leaf("TyperNotation", other.typerNotation());
        xml.leaf("PromulgationAmount", other.promulgationAmount());
        xml.leaf("PageAmount", other.pageAmount());
        xml.leaf("Direction", other.direction());
        if (!other.appendixes().isEmpty()) {
            xml.open("Appendixes");
            for (String appendix : other.appendixes()) {
                xml.leaf("Appendix", appendix);
            }
            xml.close();
        }
        xml.close();
    }

    private void traceHeaderList(TraceHeaderList list) throws XMLStreamException {
        if (list == null) {
            return;
        }
        xml.open("TraceHeaderList");
        for (TraceHeader trace : list.traces()) {
            xml.open("TraceHeader");
            xml.leaf("OrganId", trace.organId());
            xml.leaf("Timestamp", trace.timestamp() == null ? null : EdxmlWriter.TIMESTAMP.format(trace.timestamp()));
            xml.close();
        }
        business(list.business());
        xml.close();
    }

    private void business(Business business) throws XMLStreamException {
        if (business == null) {
            return;
        }
        xml.open("Bussiness");
        xml.leaf("DocumentId", business.documentId());
        xml.leaf(
                "BussinessDocType",
                business.docType() == null ? null : business.docType().code());
        xml.leaf("BussinessDocReason", business.reason());
        xml.leaf("Paper", business.paper());
        documentInfo(business.documentInfo());
        if (!business.replacements().isEmpty()) {
            xml.open("ReplacementInfoList");
            for (ReplacementInfo replacement : business.replacements()) {
                xml.open("ReplacementInfo");
                xml.leaf("DocumentId", replacement.documentId());
                xml.open("OrganIdList");
                for (String organId : replacement.organIds()) {
                    xml.leaf("OrganId", organId);
                }
                xml.close();
                xml.close();
            }
            xml.close();
        }
        EdxmlWriter.staffInfo(xml, business.staffInfo());
        xml.close();
    }

    private void documentInfo(BusinessDocumentInfo info) throws XMLStreamException {
        if (info == null) {
            return;
        }
        xml.open("BussinessDocumentInfo");
        xml.leaf("DocumentInfo", info.documentInfo());
        xml.leaf("DocumentReceiver", info.documentReceiver());
        if (!info.receivers().isEmpty()) {
            xml.open("ReceiverList");
            for (Receiver receiver : info.receivers()) {
                xml.open("Receiver");
                xml.leaf("OrganId", receiver.organId());
                xml.leaf("ReceiverType", receiver.receiverType());
                xml.close();
            }
            xml.close();
        }
        xml.close();
    }
}
