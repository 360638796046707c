package vn.edoc.it;

import java.util.List;

/** A fault the axis answered, with the fields of its {@code axisFault} detail. */
final class SoapFault extends RuntimeException {
    private static final long serialVersionUID = 1L;

    final String code;
    /** the SOAP faultcode, such as {@code soap:Client.PACKET_INVALID} */
    final String faultCode;

    final String messageVi;
    final String messageEn;
    final String path;
    final transient List<Listed> problems;

    SoapFault(String code, String faultCode, String messageVi, String messageEn, String path, List<Listed> problems) {
        super(code + ": " + messageEn);
        this.code = code;
        this.faultCode = faultCode;
        this.messageVi = messageVi;
        this.messageEn = messageEn;
        this.path = path;
        this.problems = List.copyOf(problems);
    }

    /** One problem of a refused packet as the fault lists it. */
    record Listed(String code, String path, String line, String messageVi) {}
}
