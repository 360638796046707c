package vn.edoc.it;

/** A fault the axis answered, with the fields of its {@code axisFault} detail. */
final class SoapFault extends RuntimeException {
    private static final long serialVersionUID = 1L;

    final String code;
    final String messageVi;
    final String messageEn;
    final String path;

    SoapFault(String code, String messageVi, String messageEn, String path) {
        super(code + ": " + messageEn);
        this.code = code;
        this.messageVi = messageVi;
        this.messageEn = messageEn;
        this.path = path;
    }
}
