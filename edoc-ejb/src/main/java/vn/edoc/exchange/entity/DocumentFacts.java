package vn.edoc.exchange.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import vn.edoc.edxml.model.MessageHeader;

/**
 * What the edXML header says of a document beyond its routing, kept with the packet so that the web UI lists and
 * searches documents by number, type and priority without reading the stored bytes.
 */
@Embeddable
public class DocumentFacts {
    @Column(name = "code_number", length = 11)
    private String codeNumber;

    @Column(name = "code_notation", length = 30)
    private String codeNotation;

    @Column(name = "type_name", length = 100)
    private String typeName;

    @Column(name = "priority")
    private Integer priority;

    @Column(name = "signer_name", length = 100)
    private String signerName;

    protected DocumentFacts() {
        // for JPA
    }

    /** The facts of a header the reader found valid (each field within the lengths of ND30's metadata). */
    public static DocumentFacts of(MessageHeader header) {
        DocumentFacts facts = new DocumentFacts();
        if (header.code() != null) {
            facts.codeNumber = header.code().number();
            facts.codeNotation = header.code().notation();
        }
        facts.typeName =
                header.documentType() == null ? null : header.documentType().typeName();
        facts.priority = header.otherInfo() == null ? null : header.otherInfo().priority();
        facts.signerName =
                header.signerInfo() == null ? null : header.signerInfo().fullName();
        return facts;
    }

    /** The ND30 form {@code 123/QĐ-UBND}, or {@code null} when the header had no code. */
    public String code() {
        return codeNumber == null ? null : codeNumber + "/" + codeNotation;
    }

    public String typeName() {
        return typeName;
    }

    /** 0 normal to 4; {@code null} when the header did not say. */
    public Integer priority() {
        return priority;
    }

    public String signerName() {
        return signerName;
    }
}
