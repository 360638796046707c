package vn.edoc.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import vn.edoc.edxml.Sha256;
import vn.edoc.edxml.model.Attachment;
import vn.edoc.edxml.model.AttachmentContent;

/**
 * The attachments of a description: {@code attachment.n.file}, optional {@code .description}, {@code .contentType}
 * and {@code .zip} (true by default: the national SDK zips every file and its receivers expect it).
 */
final class AttachmentFiles {
    private final Properties values;
    private final Path directory;

    AttachmentFiles(Properties values, Path directory) {
        this.values = values;
        this.directory = directory;
    }

    List<Attachment> attachments() throws IOException {
        List<Attachment> attachments = new ArrayList<>();
        for (int n : PacketDescription.numbered(values, "attachment")) {
            String key = "attachment." + n;
            Path file = directory.resolve(values.getProperty(key + ".file", "")).normalize();
            if (!Files.isRegularFile(file)) {
                throw new IOException(key + ".file: no such file " + file);
            }
            boolean zipped = Boolean.parseBoolean(values.getProperty(key + ".zip", "true"));
            String contentType = zipped ? "application/zip" : contentType(key, file);
            String name = file.getFileName().toString();
            AttachmentContent content = new AttachmentContent(file, Files.size(file), Sha256.of(file), zipped);
            attachments.add(new Attachment(
                    "cid:" + n, name, values.getProperty(key + ".description", name), contentType, content));
        }
        return attachments;
    }

    private String contentType(String key, Path file) throws IOException {
        String given = values.getProperty(key + ".contentType");
        if (given != null) {
            return given;
        }
        String probed = Files.probeContentType(file);
        return probed != null ? probed : "application/octet-stream";
    }
}
