package vn.edoc.exchange.control;

import java.nio.file.Path;
import java.util.List;
import vn.edoc.edxml.model.DocumentPacket;
import vn.edoc.edxml.model.StatusPacket;
import vn.edoc.edxml.read.EdxmlReader;
import vn.edoc.edxml.read.ReadLimits;
import vn.edoc.edxml.read.ReadResult;
import vn.edoc.error.EdocException;
import vn.edoc.error.ErrorCode;
import vn.edoc.signature.PdfAttachments;
import vn.edoc.signature.PdfAttachments.AttachedPdf;
import vn.edoc.signature.PdfLimits;
import vn.edoc.signature.PdfSignatureVerifier;
import vn.edoc.signature.SignerCoverage;
import vn.edoc.signature.TrustConfiguration;

/**
 * How the axis takes in a packet, wherever it arrives (sending, remote signing): refused when larger than the
 * configured size, then read whole by the edXML reader, which must find a valid document packet. The decoded
 * attachments are deleted as soon as the packet is judged; the caller keeps the packet's own bytes.
 */
public final class PacketIntake {
    /** A status packet carries no attachment: a few kilobytes. Read whole into memory, so bounded far below a document. */
    public static final long DEFAULT_MAX_STATUS_BYTES = 1024 * 1024;

    private final long maxBytes;
    private final long maxStatusBytes;
    private final PdfLimits pdfLimits;

    /** @param maxBytes MP Config {@code edoc.packet.max-bytes}: the packet, and each decoded attachment */
    public PacketIntake(long maxBytes) {
        this(maxBytes, DEFAULT_MAX_STATUS_BYTES);
    }

    /** @param maxStatusBytes MP Config {@code edoc.packet.max-status-bytes}: a status packet */
    public PacketIntake(long maxBytes, long maxStatusBytes) {
        this(maxBytes, maxStatusBytes, PdfLimits.defaults());
    }

    /** @param pdfLimits MP Config {@code edoc.pdf.max-signatures} and {@code edoc.pdf.max-decoded-bytes} */
    public PacketIntake(long maxBytes, long maxStatusBytes, PdfLimits pdfLimits) {
        this.maxBytes = maxBytes;
        this.maxStatusBytes = Math.min(maxBytes, maxStatusBytes);
        this.pdfLimits = pdfLimits;
    }

    /** The checker of the signatures inside PDF attachments, against {@code trust}, within this axis's limits. */
    public PdfSignatureVerifier pdfVerifier(TrustConfiguration trust) {
        return new PdfSignatureVerifier(trust, pdfLimits);
    }

    public DocumentPacket validDocument(byte[] bytes) {
        try (ReadResult result = read(bytes)) {
            return result.validDocument();
        }
    }

    /** The form a leader's envelope signature of this unsigned document may take ({@link SignerCoverage#fitting}). */
    public SignerCoverage signerCoverage(byte[] bytes) {
        try (ReadResult result = read(bytes)) {
            return SignerCoverage.fitting(result.validDocument());
        }
    }

    /** The document packet in {@code file} ({@code size} bytes), read as a stream; warnings are forgiven. */
    public DocumentPacket validDocument(Path file, long size) {
        return document(file, size, false, null).packet();
    }

    /**
     * The document packet in {@code file} ({@code size} bytes), read as a stream, with what the reader forgave and,
     * when a {@code pdfVerifier} is given, the signatures inside its PDF attachments; {@code strict} refuses the
     * warnings too, each with its code.
     */
    public ReadPacket<DocumentPacket> document(Path file, long size, boolean strict, PdfSignatureVerifier pdfVerifier) {
        if (size > maxBytes) {
            throw new EdocException(ErrorCode.PACKET_TOO_LARGE, null, size, maxBytes);
        }
        try (ReadResult result = new EdxmlReader(limits()).read(file)) {
            DocumentPacket document = result.validDocument(strict);
            List<AttachedPdf> pdfs = pdfVerifier == null ? List.of() : PdfAttachments.verify(document, pdfVerifier);
            return new ReadPacket<>(document, result.warnings(), pdfs);
        }
    }

    public StatusPacket validStatus(byte[] bytes) {
        return validStatus(bytes, false);
    }

    /** The status packet, its warnings forgiven unless {@code strict}. */
    public StatusPacket validStatus(byte[] bytes, boolean strict) {
        return status(bytes, strict).packet();
    }

    /** The status packet with what the reader forgave in it (refused instead when {@code strict}). */
    public ReadPacket<StatusPacket> status(byte[] bytes, boolean strict) {
        if (bytes != null && bytes.length > maxStatusBytes) {
            throw new EdocException(ErrorCode.PACKET_TOO_LARGE, null, bytes.length, maxStatusBytes);
        }
        try (ReadResult result = read(bytes)) {
            return new ReadPacket<>(result.validStatus(strict), result.warnings(), List.of());
        }
    }

    private ReadResult read(byte[] bytes) {
        if (bytes != null && bytes.length > maxBytes) {
            throw new EdocException(ErrorCode.PACKET_TOO_LARGE, null, bytes.length, maxBytes);
        }
        return new EdxmlReader(limits()).read(bytes);
    }

    /** The largest status packet this axis takes ({@code edoc.packet.max-status-bytes}). */
    public long maxStatusBytes() {
        return maxStatusBytes;
    }

    /** The largest packet this axis takes ({@code edoc.packet.max-bytes}). */
    public long maxBytes() {
        return maxBytes;
    }

    /** The reader's limits for this axis. */
    public ReadLimits limits() {
        return ReadLimits.defaults().withMaxPacketBytes(maxBytes).withMaxAttachmentBytes(maxBytes);
    }
}
