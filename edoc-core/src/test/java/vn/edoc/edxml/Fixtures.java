package vn.edoc.edxml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The test packets: the national SDK's samples (copied from ../shared/interop) and the named negative and forgiven fixtures. */
public final class Fixtures {
    private Fixtures() {}

    public static Path interop(String name) {
        return resource("/interop/vnpt-sdk-samples/" + name);
    }

    public static List<Path> interopSamples() {
        return list(resource("/interop/vnpt-sdk-samples"));
    }

    /**
     * Every sample but {@code edoc.edxml}, which is not even XML: the copy in the test resources, and the shared
     * corpus itself when the checkout sits beside it ({@code ../shared/interop}), so that a sample added there is read
     * too.
     */
    public static Stream<Path> readableInteropSamples() {
        return Stream.concat(interopSamples().stream(), sharedInteropSamples().stream())
                .filter(p -> !p.getFileName().toString().equals("edoc.edxml"));
    }

    private static List<Path> sharedInteropSamples() {
        Path shared = Path.of(System.getProperty("user.dir"), "..", "..", "shared", "interop", "vnpt-sdk-samples");
        return Files.isDirectory(shared) ? list(shared) : List.of();
    }

    public static Path invalid(String name) {
        return resource("/packets/invalid/" + name);
    }

    public static List<Path> invalidPackets() {
        return list(resource("/packets/invalid"));
    }

    public static Path forgiven(String name) {
        return resource("/packets/forgiven/" + name);
    }

    /** Packets with a defect the reader forgives: each read with warnings, named after its rule. */
    public static List<Path> forgivenPackets() {
        return list(resource("/packets/forgiven"));
    }

    public static Path resource(String name) {
        try {
            return Path.of(Fixtures.class.getResource(name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("no test resource " + name, e);
        }
    }

    private static List<Path> list(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(p -> p.toString().endsWith(".edxml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
