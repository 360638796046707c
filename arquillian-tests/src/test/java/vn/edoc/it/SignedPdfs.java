package vn.edoc.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import vn.edoc.signature.PdfSigner;

/**
 * Packets whose attachment is a PDF signed the Nghị định 30 way (the leader, then the seal) with the sample PKI, or a
 * PDF with no signature: the envelope is signed by the province as in every other test.
 */
final class SignedPdfs {
    private SignedPdfs() {}

    /** A new packet to {@code recipient} whose one attachment is a PDF signed by Nguyễn Văn Mẫu and sealed. */
    static byte[] packetWithSignedPdfTo(String recipient) {
        return packetWith(recipient, signedPdf());
    }

    /** A new packet to {@code recipient} whose one attachment is a PDF without a signature. */
    static byte[] packetWithUnsignedPdfTo(String recipient) {
        return packetWith(recipient, WebUiIT.SmallPdf.saying("Quyet dinh chua ky"));
    }

    static byte[] packetWith(String recipient, byte[] pdf) {
        String text = Packets.freshTo(recipient)
                .replace("quyet-dinh-123.txt", "quyet-dinh-123.pdf")
                .replace("<edXML:ContentType>text/plain<", "<edXML:ContentType>application/pdf<")
                .replace("<ContentType>text/plain<", "<ContentType>application/pdf<")
                .replaceFirst(
                        "(<edXML:ContentTransferEncoded[^>]*>)[^<]*(</edXML:ContentTransferEncoded>)",
                        "$1" + Base64.getEncoder().encodeToString(pdf) + "$2");
        return Packets.signedByProvince(text);
    }

    /** A one-page PDF signed by the province chairman, then sealed by UBND tỉnh Gia Lai. */
    static byte[] signedPdf() {
        try {
            Path directory = Files.createTempDirectory("edoc-it-pdf-");
            Path plain = Files.write(directory.resolve("plain.pdf"), WebUiIT.SmallPdf.saying("Quyet dinh 123/QD-UBND"));
            Path leader = directory.resolve("leader.pdf");
            Path sealed = directory.resolve("sealed.pdf");
            PdfSigner signer = new PdfSigner();
            signer.sign(
                    plain,
                    leader,
                    Packets.sampleKey("leaders/nguyen-van-mau.p12"),
                    new PdfSigner.Request("Ký ban hành", "Gia Lai", Instant.now()));
            signer.sign(
                    leader,
                    sealed,
                    Packets.sampleKey("offices/000.00.00.H21.p12"),
                    new PdfSigner.Request("Đóng dấu", "Gia Lai", Instant.now()));
            byte[] bytes = Files.readAllBytes(sealed);
            for (Path file : new Path[] {plain, leader, sealed}) {
                Files.delete(file);
            }
            Files.delete(directory);
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(byte[] packet) {
        return new String(packet, StandardCharsets.UTF_8);
    }
}
