package vn.edoc.signature;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.edoc.time.Vietnam;

/**
 * One signature found in a PDF and every check of it.
 *
 * @param index its place among the file's signatures, 1 for the first made
 * @param signerName the common name of the signer's certificate (the leader, or the agency for a seal), or null
 * @param subject the certificate's whole subject, or null when it could not be read
 * @param officeCode the office code the certificate names (UID or OU), or null
 * @param certificateSha256 the SHA-256 (hex) of the signer certificate's DER, to tell whose signature it is; null when
 *     unknown
 * @param signedAt when it says it signed: the CMS signing time, else the PDF's own date; null when neither
 * @param timestampedAt the time of a valid time-stamp token, or null
 * @param coversWholeFile false when later revisions were added after it (a second signature, or a change)
 * @param documentTimestamp true for a document time stamp (no signer, only an authority's time)
 */
public record PdfSignatureReport(
        int index,
        String signerName,
        String subject,
        String officeCode,
        String certificateSha256,
        Instant signedAt,
        Instant timestampedAt,
        boolean coversWholeFile,
        boolean documentTimestamp,
        List<PdfCheckResult> checks) {
    private static final DateTimeFormatter SHOWN =
            DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(Vietnam.ZONE);

    public PdfSignatureReport {
        checks = List.copyOf(checks);
    }

    public boolean isValid() {
        return checks.stream().noneMatch(PdfCheckResult::failed);
    }

    public Optional<PdfCheckResult> firstFailure() {
        return checks.stream().filter(PdfCheckResult::failed).findFirst();
    }

    /** When it signed, as the reports show it: the time stamp's time when there is one. */
    public Instant shownTime() {
        return timestampedAt != null ? timestampedAt : signedAt;
    }

    /** One line: "Ký bởi ..., lúc ..., hợp lệ" or "... không hợp lệ vì ..." (English: "Signed by ..."). */
    public String summary(Locale locale) {
        boolean vietnamese = "vi".equals(locale.getLanguage());
        String who = signerName == null || signerName.isBlank() ? "?" : signerName;
        String office = officeCode == null ? "" : " (" + officeCode + ")";
        String when = shownTime() == null ? "?" : SHOWN.format(shownTime());
        String stamp = timestampedAt == null ? "" : vietnamese ? " (dấu thời gian)" : " (time-stamped)";
        String verdict = firstFailure()
                .map(f -> (vietnamese ? "không hợp lệ vì " : "not valid: ") + f.message(locale))
                .orElse(vietnamese ? "hợp lệ" : "valid");
        String later =
                coversWholeFile || !isValid() ? "" : vietnamese ? "; có phiên bản ký sau" : "; later revisions signed";
        return (vietnamese ? "Ký bởi " : "Signed by ") + who + office + (vietnamese ? ", lúc " : ", at ") + when + stamp
                + ", " + verdict + later;
    }
}
