package vn.edoc.desk.boundary;

import java.util.List;
import java.util.Locale;
import vn.edoc.exchange.entity.PdfSignatureFound;

/**
 * A signature found inside a PDF attachment, as the document page shows it under the attachment: "Ký bởi ..., lúc
 * ..., hợp lệ / không hợp lệ vì ..." in both languages.
 *
 * @param attachment the attachment's place in the packet, 0 for the first
 */
public record PdfSignatureNote(int attachment, boolean valid, String vietnamese, String english) {
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    static List<PdfSignatureNote> of(List<PdfSignatureFound> found) {
        return found.stream()
                .map(f -> new PdfSignatureNote(
                        f.attachment(), f.isValidSignature(), f.summary(VIETNAMESE), f.summary(Locale.ENGLISH)))
                .toList();
    }
}
