package vn.edoc.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import vn.edoc.signature.PdfAttachments.AttachedPdf;
import vn.edoc.signature.PdfCheckResult;
import vn.edoc.signature.PdfSignatureReport;

/** Prints the signatures found in a packet's PDF attachments: a line a signature, then its checks. */
final class PdfPrinter {
    private final PrintWriter out;
    private final Locale locale;

    PdfPrinter(PrintWriter out, Locale locale) {
        this.out = out;
        this.locale = locale;
    }

    void print(List<AttachedPdf> pdfs, boolean trusted) {
        boolean vietnamese = "vi".equals(locale.getLanguage());
        out.println((vietnamese ? "Chữ ký trong tệp PDF" : "Signatures in PDF attachments") + ": " + pdfs.size()
                + (vietnamese ? " tệp PDF" : " PDF file(s)"));
        if (!trusted && !pdfs.isEmpty()) {
            out.println(
                    vietnamese
                            ? "  (chưa có thư mục tin cậy --trust-dir: chuỗi chứng thư chưa được kiểm tra)"
                            : "  (no trust folder --trust-dir: certificate chains are not checked)");
        }
        for (AttachedPdf pdf : pdfs) {
            out.println("  " + pdf.name() + ":");
            pdf.verification().summaries(locale).forEach(line -> out.println("    " + line));
            for (PdfSignatureReport signature : pdf.verification().signatures()) {
                for (PdfCheckResult check : signature.checks()) {
                    String why = check.code() == null ? "" : " " + check.code() + ": " + check.message(locale);
                    out.printf("      #%d %-14s %-17s%s%n", signature.index(), check.outcome(), check.check(), why);
                }
            }
        }
    }
}
