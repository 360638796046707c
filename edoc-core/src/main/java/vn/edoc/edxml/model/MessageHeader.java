package vn.edoc.edxml.model;

import java.time.LocalDate;
import java.util.List;

/** The header of a document packet, in the order the national SDK writes it. */
public record MessageHeader(
        Organization from,
        List<Organization> to,
        String documentId,
        Code code,
        PromulgationInfo promulgationInfo,
        DocumentType documentType,
        String subject,
        String content,
        SignerInfo signerInfo,
        LocalDate dueDate,
        OtherInfo otherInfo,
        List<ResponseFor> responseFor,
        Integer steeringType,
        List<String> toPlaces) {
    public MessageHeader {
        to = List.copyOf(to);
        responseFor = List.copyOf(responseFor);
        toPlaces = List.copyOf(toPlaces);
    }
}
