package vn.edoc.signature;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;

/**
 * Trust kept as files an operator manages (PEM or DER):
 *
 * <pre>
 * anchors/*.pem              trusted root certificates
 * intermediates/*.pem        intermediate CA certificates
 * crls/*.pem                 certificate revocation lists
 * seals/&lt;OrganId&gt;/*.pem     the seal certificates registered for an office; two during a change-over
 * </pre>
 *
 * Files are read in name order; a file that cannot be read stops the loading with its name, so that a broken trust
 * folder is never half used.
 */
public final class TrustDirectory {
    private TrustDirectory() {}

    public static TrustConfiguration load(Path directory) throws IOException, GeneralSecurityException {
        if (!Files.isDirectory(directory)) {
            throw new IOException("no trust folder " + directory);
        }
        TrustConfiguration trust = new TrustConfiguration();
        for (Path file : files(directory.resolve("anchors"))) {
            TrustConfiguration.certificates(file).forEach(trust::trustAnchor);
        }
        for (Path file : files(directory.resolve("intermediates"))) {
            TrustConfiguration.certificates(file).forEach(trust::intermediate);
        }
        for (Path file : files(directory.resolve("crls"))) {
            trust.crl(TrustConfiguration.crl(file));
        }
        for (Path office : folders(directory.resolve("seals"))) {
            String organId = office.getFileName().toString();
            for (Path file : files(office)) {
                TrustConfiguration.certificates(file).forEach(c -> trust.registerSeal(organId, c));
            }
        }
        return trust;
    }

    /** The newest modification time of anything in the folder, to know when to load it again. */
    public static long lastModified(Path directory) throws IOException {
        try (var walk = Files.walk(directory)) {
            return walk.mapToLong(p -> p.toFile().lastModified()).max().orElse(0);
        }
    }

    private static List<Path> files(Path folder) throws IOException {
        return list(folder, false);
    }

    private static List<Path> folders(Path folder) throws IOException {
        return list(folder, true);
    }

    private static List<Path> list(Path folder, boolean directories) throws IOException {
        List<Path> found = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return found;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                if (Files.isDirectory(entry) == directories
                        && !entry.getFileName().toString().startsWith(".")) {
                    found.add(entry);
                }
            }
        }
        found.sort(null);
        return found;
    }
}
