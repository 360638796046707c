package vn.edoc.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.edoc.edxml.model.Attachment;
import vn.edoc.edxml.model.DocumentPacket;
import vn.edoc.edxml.read.EdxmlReader;
import vn.edoc.edxml.read.ReadLimits;
import vn.edoc.edxml.read.ReadResult;

/** {@code inspect FILE}: the packet's fields, its attachments with their SHA-256, and every problem. */
@Command(
        name = "inspect",
        mixinStandardHelpOptions = true,
        description = {
            "Đọc gói tin, in các trường, tệp đính kèm (SHA-256) và mọi lỗi; mã thoát 1 khi có lỗi.",
            "Reads a packet, prints its fields, attachments (SHA-256) and every problem; exit code 1 on a problem."
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

    @Mixin
    private LanguageOption language;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (ReadResult result = new EdxmlReader(ReadLimits.defaults()).read(file)) {
            new PacketPrinter(out, language.locale()).print(file, result);
            if (extractTo != null && result.packet() instanceof DocumentPacket document) {
                extract(document, out);
            }
            out.flush();
            return result.isValid() ? 0 : EdocCli.PROBLEMS;
        }
    }

    private void extract(DocumentPacket document, PrintWriter out) throws Exception {
        Files.createDirectories(extractTo);
        for (Attachment attachment : document.attachments()) {
            // names were checked by the reader: no paths, no control characters
            if (attachment.content() != null && attachment.attachmentName() != null) {
                Path target = extractTo.resolve(attachment.attachmentName());
                Files.copy(attachment.content().file(), target, StandardCopyOption.REPLACE_EXISTING);
                out.println("extracted " + target);
            }
        }
    }
}
