package vn.edoc.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.edoc.edxml.model.Attachment;
import vn.edoc.edxml.model.AttachmentNames;
import vn.edoc.edxml.model.DocumentPacket;
import vn.edoc.edxml.read.EdxmlReader;
import vn.edoc.edxml.read.ReadLimits;
import vn.edoc.edxml.read.ReadResult;
import vn.edoc.signature.PdfAttachments;
import vn.edoc.signature.PdfSignatureVerifier;
import vn.edoc.signature.TrustConfiguration;
import vn.edoc.signature.TrustDirectory;

/**
 * {@code inspect FILE}: the packet's fields, its attachments with their SHA-256, every error and, apart, the warnings
 * (what the reader forgave and what it read instead). Only errors fail, unless {@code --strict}.
 */
@Command(
        name = "inspect",
        mixinStandardHelpOptions = true,
        description = {
            "Đọc gói tin, in các trường, tệp đính kèm (SHA-256), mọi lỗi và riêng các cảnh báo; mã thoát 1 khi có lỗi"
                    + " (với --strict: cả khi có cảnh báo).",
            "Reads a packet, prints its fields, attachments (SHA-256), every error and, apart, the warnings; exit code 1"
                    + " on an error (with --strict: on a warning too)."
        })
final class InspectCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "the edXML packet")
    private Path file;

    @Option(
            names = "--extract",
            paramLabel = "DIR",
            description = "also write the attachments into DIR under their own names / ghi tệp đính kèm vào DIR")
    private Path extractTo;

    @Option(
            names = "--trust-dir",
            paramLabel = "DIR",
            description =
                    "a trust folder (anchors/, intermediates/, crls/) to check the PDF signatures' chains against")
    private Path trustDirectory;

    @Option(
            names = "--strict",
            description = "warnings fail too, as a system set strict is refused / coi cảnh báo là lỗi")
    private boolean strict;

    @Mixin
    private LanguageOption language;

    private boolean english;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (ReadResult result = new EdxmlReader(ReadLimits.defaults()).read(file)) {
            new PacketPrinter(out, language.locale()).print(file, result);
            if (result.packet() instanceof DocumentPacket document) {
                TrustConfiguration trust =
                        trustDirectory == null ? new TrustConfiguration() : TrustDirectory.load(trustDirectory);
                new PdfPrinter(out, language.locale())
                        .print(
                                PdfAttachments.verify(document, new PdfSignatureVerifier(trust)),
                                trustDirectory != null);
            }
            boolean extracted = true;
            if (extractTo != null && result.packet() instanceof DocumentPacket document) {
                english = "en".equals(language.locale().getLanguage());
                extracted = extract(document, out);
            }
            out.flush();
            boolean accepted = strict ? result.isClean() : result.isValid();
            return accepted && extracted ? 0 : EdocCli.PROBLEMS;
        }
    }

    /**
     * Writes every attachment under its own name, or none: the reader refused paths and control characters, and a
     * name that a file system would take otherwise ({@code C:x}, {@code CON}, a right-to-left override) refuses the
     * whole extraction before anything is written.
     */
    private boolean extract(DocumentPacket document, PrintWriter out) throws Exception {
        List<String> unsafe = document.attachments().stream()
                .map(Attachment::attachmentName)
                .filter(name -> name != null && !AttachmentNames.isSafe(name))
                .toList();
        if (!unsafe.isEmpty()) {
            for (String name : unsafe) {
                out.println((english
                                ? "refused: the attachment name \"%s\" is unsafe to save (a drive, stream, device or"
                                        + " reversed text); its safe form would be \"%s\". Nothing was extracted."
                                : "từ chối: tên tệp đính kèm \"%s\" không an toàn để lưu (ổ đĩa, luồng, thiết bị hoặc"
                                        + " chữ đảo chiều); dạng an toàn là \"%s\". Không tệp nào được ghi.")
                        .formatted(visible(name), AttachmentNames.safe(name)));
            }
            return false;
        }
        Files.createDirectories(extractTo);
        for (Attachment attachment : document.attachments()) {
            if (attachment.content() != null && attachment.attachmentName() != null) {
                Path target = extractTo.resolve(attachment.attachmentName());
                Files.copy(attachment.content().file(), target, StandardCopyOption.REPLACE_EXISTING);
                out.println("extracted " + target);
            }
        }
        return true;
    }

    /** The name with its invisible characters shown as code points, so that the reader sees what was refused. */
    private static String visible(String name) {
        StringBuilder shown = new StringBuilder();
        name.codePoints()
                .forEach(c -> shown.append(
                        Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                                ? "\\u%04X".formatted(c)
                                : Character.toString(c)));
        return shown.toString();
    }
}
