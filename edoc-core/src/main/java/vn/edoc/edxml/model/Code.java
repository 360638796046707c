package vn.edoc.edxml.model;

/** The document's number and notation (số và ký hiệu), as in {@code 123/QĐ-UBND}. */
public record Code(String number, String notation) {
    /** The ND30 form {@code Number/Notation}. */
    @Override
    public String toString() {
        return number + "/" + notation;
    }
}
