package vn.edoc.signature;

import java.util.List;
import java.util.Locale;

/**
 * What the verifier found in one PDF: each signature with its checks, or why the file could not be read at all.
 *
 * @param unreadable {@code PDF_UNREADABLE} and its reason, or null when the file was read
 */
public record PdfVerification(List<PdfSignatureReport> signatures, PdfCheckResult unreadable) {
    public PdfVerification {
        signatures = List.copyOf(signatures);
    }

    public boolean isSigned() {
        return !signatures.isEmpty();
    }

    /** Whether the file was read, has at least one signature, and every signature is valid. */
    public boolean isValidlySigned() {
        return unreadable == null && isSigned() && signatures.stream().allMatch(PdfSignatureReport::isValid);
    }

    /** One line a signature, or the reason nothing could be checked, or that the file carries no signature. */
    public List<String> summaries(Locale locale) {
        boolean vietnamese = "vi".equals(locale.getLanguage());
        if (unreadable != null) {
            return List.of(unreadable.message(locale));
        }
        if (signatures.isEmpty()) {
            return List.of(vietnamese ? "Không có chữ ký số trong tệp PDF" : "No signature in the PDF");
        }
        return signatures.stream().map(s -> s.summary(locale)).toList();
    }
}
