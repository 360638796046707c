package vn.edoc.edxml.read;

import java.util.ArrayList;
import java.util.List;
import vn.edoc.edxml.model.Code;
import vn.edoc.edxml.model.DocumentType;
import vn.edoc.edxml.model.MessageHeader;
import vn.edoc.edxml.model.Organization;
import vn.edoc.edxml.model.OtherInfo;
import vn.edoc.edxml.model.PromulgationInfo;
import vn.edoc.edxml.model.ResponseFor;
import vn.edoc.edxml.model.SignerInfo;
import vn.edoc.error.ErrorCode;

/** Binds the {@code MessageHeader} of a document packet, with the field lengths of ND30 Phụ lục VI. */
final class MessageHeaderBinder {
    static final List<String> PRIORITIES = List.of("0", "1", "2", "3", "4");
    /** Sources disagree on SteeringType (1-3 or 0-2; the SDK sends 1): 0 to 3 are accepted, as the spec notes say. */
    static final List<String> STEERING_TYPES = List.of("0", "1", "2", "3");

    static final List<String> BOOLEANS = List.of("true", "false");

    private final Checks checks;
    private final Parts parts;

    MessageHeaderBinder(Checks checks, Parts parts) {
        this.checks = checks;
        this.parts = parts;
    }

    MessageHeader bind(XmlNode header, String path) {
        return new MessageHeader(
                parts.organization(checks.one(header, path, "From", true), path + "/From"),
                recipients(header, path),
                checks.documentId(header, path, "DocumentId", true),
                code(checks.one(header, path, "Code", true), path + "/Code"),
                promulgation(checks.one(header, path, "PromulgationInfo", true), path + "/PromulgationInfo"),
                documentType(checks.one(header, path, "DocumentType", true), path + "/DocumentType"),
                checks.text(header, path, "Subject", 500, true),
                checks.note(header, path, "Content", false),
                signer(checks.one(header, path, "SignerInfo", true), path + "/SignerInfo"),
                checks.date(header, path, "DueDate", false),
                otherInfo(checks.one(header, path, "OtherInfo", false), path + "/OtherInfo"),
                responseFor(header, path),
                // how the document is steered informs the clerk; nothing in the exchange depends on it
                checks.codedNumberNote(header, path, "SteeringType", STEERING_TYPES),
                toPlaces(checks.one(header, path, "ToPlaces", false), path + "/ToPlaces"));
    }

    private List<Organization> recipients(XmlNode header, String path) {
        List<XmlNode> nodes = checks.many(header, "To");
        if (nodes.isEmpty()) {
            checks.add(ErrorCode.FIELD_REQUIRED, path + "/To", header, "To");
        }
        List<Organization> to = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            to.add(parts.organization(nodes.get(i), Parts.indexed(path, "To", i)));
        }
        return to;
    }

    private Code code(XmlNode node, String path) {
        if (node == null) {
            return null;
        }
        // the number and notation are the document's legal name: never cut, never guessed
        return new Code(
                checks.exact(node, path, "CodeNumber", 11, true), checks.exact(node, path, "CodeNotation", 30, true));
    }

    private PromulgationInfo promulgation(XmlNode node, String path) {
        if (node == null) {
            return null;
        }
        return new PromulgationInfo(
                checks.note(node, path, "Place", Parts.ORGAN_NAME_MAX, true),
                checks.date(node, path, "PromulgationDate", true));
    }

    private DocumentType documentType(XmlNode node, String path) {
        if (node == null) {
            return null;
        }
        return new DocumentType(
                checks.number(node, path, "Type", 3, true),
                checks.note(node, path, "TypeDetail", 100, false),
                // the type's name repeats what its number says
                checks.note(node, path, "TypeName", 100, true));
    }

    private SignerInfo signer(XmlNode node, String path) {
        if (node == null) {
            return null;
        }
        return new SignerInfo(
                checks.note(node, path, "Competence", 100, false),
                checks.note(node, path, "Position", 100, false),
                // the name printed under the signature; the PDF's signature is what binds, not this text
                checks.note(node, path, "FullName", 50, true));
    }

    private OtherInfo otherInfo(XmlNode node, String path) {
        if (node == null) {
            return null;
        }
        // all of OtherInfo informs the clerk (priority, copies, pages); an unknown value is read as absent
        String direction = checks.codedNote(node, path, "Direction", BOOLEANS);
        return new OtherInfo(
                checks.codedNumberNote(node, path, "Priority", PRIORITIES),
                checks.note(node, path, "SphereOfPromulgation", false),
                checks.note(node, path, "TyperNotation", false),
                checks.numberNote(node, path, "PromulgationAmount", 3),
                checks.numberNote(node, path, "PageAmount", 3),
                direction == null ? null : Boolean.valueOf(direction),
                parts.texts(checks.one(node, path, "Appendixes", false), path + "/Appendixes", "Appendix", 1000));
    }

    private List<ResponseFor> responseFor(XmlNode header, String path) {
        List<ResponseFor> answers = new ArrayList<>();
        List<XmlNode> nodes = checks.many(header, "ResponseFor");
        for (int i = 0; i < nodes.size(); i++) {
            answers.add(parts.responseFor(nodes.get(i), Parts.indexed(path, "ResponseFor", i)));
        }
        return answers;
    }

    private List<String> toPlaces(XmlNode node, String path) {
        List<String> places = parts.texts(node, path, "Place", 1000);
        int total = places.stream().mapToInt(String::length).sum();
        if (total <= 1000) {
            return places;
        }
        // ND30 Phụ lục VI gives "Nơi nhận" 1000 characters in all; the list informs (the To elements route), so it is
        // read as the whole places that fit
        List<String> kept = new ArrayList<>();
        int length = 0;
        for (String place : places) {
            length += place.length();
            if (length > 1000) {
                break;
            }
            kept.add(place);
        }
        checks.warn(ErrorCode.FIELD_TOO_LONG, path, node, String.join("; ", kept), "ToPlaces", total, 1000);
        return kept;
    }
}
