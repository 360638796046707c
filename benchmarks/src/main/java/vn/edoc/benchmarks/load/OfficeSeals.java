package vn.edoc.benchmarks.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.edoc.directory.OfficeRecord;
import vn.edoc.samplepki.SamplePkiGenerator;
import vn.edoc.signature.PacketSigner;
import vn.edoc.signature.SignatureRole;
import vn.edoc.signature.SigningKey;

/**
 * A seal for every office of the directory: the sample PKI has only the demo's fifteen, and every office of the
 * province sends and answers here. The keys come from a PKI of the benchmark's own ("edoc BENCH" CAs), made once and
 * kept in the work folder; its trust files are added to the axis's trust folder beside the sample's, with names of
 * their own, and the axis takes them up within seconds (it looks at its trust folder every 5 s).
 */
final class OfficeSeals {
    private static final char[] PASSWORD = "edoc-sample".toCharArray();

    private final Map<String, SigningKey> keys = new HashMap<>();
    private final SigningKey leader;

    private OfficeSeals(SigningKey leader) {
        this.leader = leader;
    }

    static OfficeSeals forOffices(List<OfficeRecord> offices, Path work, Path axisTrust) throws Exception {
        Path pki = work.resolve("pki");
        if (!offices.stream().allMatch(o -> Files.exists(keyFile(pki, o.code())))) {
            long started = System.nanoTime();
            SamplePkiGenerator.sealsFor(
                    pki,
                    "edoc BENCH",
                    offices.stream().map(o -> new String[] {o.code(), o.name()}).toList());
            System.out.printf(
                    "seals issued for %d offices in %.1f s%n", offices.size(), (System.nanoTime() - started) / 1e9);
        }
        install(pki.resolve("trust"), axisTrust);
        SigningKey leader;
        try (InputStream in = OfficeSeals.class.getResourceAsStream("/sample-pki/leaders/nguyen-van-mau.p12")) {
            leader = SigningKey.fromPkcs12(in, PASSWORD);
        }
        OfficeSeals seals = new OfficeSeals(leader);
        for (OfficeRecord office : offices) {
            seals.keys.put(office.code(), SigningKey.fromPkcs12(keyFile(pki, office.code()), PASSWORD));
        }
        return seals;
    }

    /**
     * A document as an office sends it: signed by the leader named in its SignerInfo (the sample's Nguyễn Văn Mẫu; the
     * axis checks the name, not the leader's office), then sealed by the office.
     */
    byte[] signAndSeal(byte[] packet, String office) throws IOException {
        PacketSigner signer = new PacketSigner();
        return signer.sign(signer.sign(packet, SignatureRole.SIGNER, leader), SignatureRole.AGENCY, of(office));
    }

    SigningKey of(String code) {
        SigningKey key = keys.get(code);
        if (key == null) {
            throw new IllegalArgumentException("no seal for " + code);
        }
        return key;
    }

    private static Path keyFile(Path pki, String code) {
        return pki.resolve("offices").resolve(code + ".p12");
    }

    /** Copies the benchmark PKI's trust files into the axis's folder, each named "bench-..." beside the sample's. */
    private static void install(Path from, Path axisTrust) throws IOException {
        for (String folder : List.of("anchors", "intermediates", "crls")) {
            try (var files = Files.list(from.resolve(folder))) {
                for (Path file : files.toList()) {
                    copy(file, axisTrust.resolve(folder).resolve("bench-" + file.getFileName()));
                }
            }
        }
        try (var offices = Files.list(from.resolve("seals"))) {
            for (Path office : offices.toList()) {
                Path seal = office.resolve(office.getFileName() + ".pem");
                copy(
                        seal,
                        axisTrust
                                .resolve("seals")
                                .resolve(office.getFileName().toString())
                                .resolve("bench.pem"));
            }
        }
    }

    private static void copy(Path file, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
    }
}
