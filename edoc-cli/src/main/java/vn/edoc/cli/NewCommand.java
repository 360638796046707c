package vn.edoc.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.edoc.edxml.model.DocumentPacket;
import vn.edoc.edxml.read.EdxmlReader;
import vn.edoc.edxml.read.ReadLimits;
import vn.edoc.edxml.read.ReadResult;
import vn.edoc.edxml.write.EdxmlWriter;

/**
 * {@code new --description FILE --output FILE}: writes a canonical document packet from a description, then reads
 * it back; a packet that would have problems is not left behind.
 */
@Command(
        name = "new",
        mixinStandardHelpOptions = true,
        description = {
            "Tạo gói tin văn bản dạng chuẩn từ tệp mô tả (.properties, UTF-8).",
            "Writes a canonical document packet from a description file (.properties, UTF-8)."
        })
final class NewCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--description", required = true, paramLabel = "FILE", description = "the description")
    private Path description;

    @Option(names = "--output", required = true, paramLabel = "FILE", description = "the packet to write")
    private Path output;

    @Mixin
    private LanguageOption language;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        DocumentPacket packet = PacketDescription.load(description).toPacket();
        Path written = Files.createTempFile(output.toAbsolutePath().getParent(), ".edoc-new-", ".edxml");
        try {
            try (OutputStream file = Files.newOutputStream(written)) {
                new EdxmlWriter().write(packet, file);
            }
            try (ReadResult check = new EdxmlReader(ReadLimits.defaults()).read(written)) {
                if (!check.isValid()) {
                    new PacketPrinter(out, language.locale()).print(output, check);
                    return EdocCli.PROBLEMS;
                }
            }
            Files.move(written, output, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            out.println(output + ": " + Files.size(output) + " bytes, "
                    + packet.header().documentId());
            return 0;
        } finally {
            Files.deleteIfExists(written);
        }
    }
}
