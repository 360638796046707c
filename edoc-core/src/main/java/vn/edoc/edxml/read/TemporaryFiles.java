package vn.edoc.edxml.read;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The reader's temporary files: created readable by the owner only, deleted without fuss. */
final class TemporaryFiles {
    private TemporaryFiles() {}

    static Path create(Path directory) throws IOException {
        Path dir = directory != null ? directory : Path.of(System.getProperty("java.io.tmpdir"));
        return Files.createTempFile(dir, "edoc-attachment-", ".bin");
    }

    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the temporary file " + file, e);
        }
    }
}
