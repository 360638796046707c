package vn.edoc.signature;

/**
 * What the PDF checks spend at most on one file, so that a crafted PDF costs the axis no more than an honest one:
 * beyond {@code maxSignatures} signatures the rest are reported unreadable unchecked (each later revision is compared
 * page by page); beyond {@code maxDecodedBytes} of page content, images and forms decoded for one comparison, the
 * comparison stops and the signature is reported unreadable (a compression bomb inflates without end).
 *
 * @param maxSignatures MP Config {@code edoc.pdf.max-signatures}
 * @param maxDecodedBytes MP Config {@code edoc.pdf.max-decoded-bytes}
 */
public record PdfLimits(int maxSignatures, long maxDecodedBytes) {
    /** 20 signatures (a document has two or three); 256 MiB decoded, the size of the largest packet. */
    public static PdfLimits defaults() {
        return new PdfLimits(20, 256L * 1024 * 1024);
    }
}
