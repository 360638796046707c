package vn.edoc.samplepki;

import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Regenerates the sample PKI into a folder (by default {@code signing-keys-sample/keys}):
 *
 * <pre>
 * ca/root-ca.pem, ca/intermediate-ca.pem, ca/intermediate-ca.crl.pem, ca/unknown-root-ca.pem
 * offices/&lt;OrganId&gt;.p12      agency (seal) key and chain of each sample office
 * leaders/&lt;name&gt;.p12         a leader's personal key and chain (ECDSA P-256)
 * bad/&lt;defect&gt;.p12           seals of UBND tỉnh Gia Lai with one defect each
 * vault/&lt;name&gt;.p12           a leader's key for the remote signing service, protected by the PIN 246810
 * vault/&lt;name&gt;.office        the OrganId of the office that leader signs for
 * axis/edoc-axis.p12, .pem    the axis's own key, which signs receipts, and its certificate to verify them offline
 * trust/                     the same, as an axis trusts it: anchors/, intermediates/, crls/, seals/&lt;OrganId&gt;/
 * </pre>
 *
 * Run: {@code mvn -q -pl signing-keys-sample compile exec:java} (see the module's README).
 */
public final class SamplePkiGenerator {
    static final Instant CA_FROM = Instant.parse("2024-01-01T00:00:00Z");
    static final Instant CA_TO = Instant.parse("2045-12-31T00:00:00Z");
    static final Instant FROM = Instant.parse("2025-01-01T00:00:00Z");
    static final Instant TO = Instant.parse("2035-12-31T00:00:00Z");

    /** The sample offices of the demo directory: code and name. */
    static final List<String[]> OFFICES = List.of(
            new String[] {"000.00.00.H21", "UBND tỉnh Gia Lai"},
            new String[] {"000.00.01.H21", "Văn phòng UBND tỉnh Gia Lai"},
            new String[] {"000.00.02.H21", "Sở Nội vụ tỉnh Gia Lai"},
            new String[] {"000.00.03.H21", "Sở Tài chính tỉnh Gia Lai"},
            new String[] {"000.00.04.H21", "Sở Thông tin và Truyền thông tỉnh Gia Lai"},
            new String[] {"000.00.41.H21", "UBND thành phố Pleiku"},
            new String[] {"000.00.42.H21", "UBND thị xã An Khê"},
            new String[] {"000.00.46.H21", "UBND huyện Chư Păh"},
            new String[] {"000.01.41.H21", "UBND phường Diên Hồng"},
            new String[] {"000.02.41.H21", "UBND phường Hội Thương"},
            new String[] {"000.03.41.H21", "UBND xã Biển Hồ"},
            new String[] {"000.01.42.H21", "UBND phường An Bình"},
            new String[] {"000.02.42.H21", "UBND xã Song An"},
            new String[] {"000.01.46.H21", "UBND thị trấn Phú Hòa"},
            new String[] {"000.02.46.H21", "UBND xã Nghĩa Hòa"});

    /** Sample leaders: file name, full name, title, office. */
    static final List<String[]> LEADERS = List.of(
            new String[] {"nguyen-van-mau", "Nguyễn Văn Mẫu", "Chủ tịch", "000.00.00.H21", "UBND tỉnh Gia Lai"},
            new String[] {"tran-thi-lan", "Trần Thị Lan", "Giám đốc", "000.00.02.H21", "Sở Nội vụ tỉnh Gia Lai"},
            new String[] {"le-van-hung", "Lê Văn Hùng", "Chủ tịch", "000.00.41.H21", "UBND thành phố Pleiku"});

    /** The PIN of every sample leader's key in the remote signing vault. */
    static final char[] SAMPLE_PIN = "246810".toCharArray();

    private final Path out;
    /** Starts the authorities' names: a second PKI beside the sample's needs names of its own. */
    private final String authorityPrefix;

    private KeyPair rootKeys;
    private X509Certificate root;
    private KeyPair intermediateKeys;
    private X509Certificate intermediate;

    private SamplePkiGenerator(Path out, String authorityPrefix) {
        this.out = out;
        this.authorityPrefix = authorityPrefix;
    }

    /**
     * A PKI of its own (root, issuing CA, both CRLs) with a seal for each office, laid out like the sample's
     * ({@code ca/}, {@code offices/<OrganId>.p12}, {@code trust/}). The load benchmarks seal for every office of a
     * directory with it; the sample PKI covers only the demo's fifteen.
     *
     * @param authorityPrefix starts the CAs' names (never "edoc SAMPLE": an axis trusting both must tell them apart)
     * @param offices code and name of each office
     */
    public static void sealsFor(Path out, String authorityPrefix, List<String[]> offices) throws Exception {
        SamplePkiGenerator generator = new SamplePkiGenerator(out, authorityPrefix);
        generator.authorities();
        generator.crl(null);
        generator.officeSeals(offices);
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "signing-keys-sample/keys");
        new SamplePkiGenerator(out, "edoc SAMPLE").generate();
        System.out.println("sample PKI written to " + out.toAbsolutePath());
    }

    private void generate() throws Exception {
        authorities();
        officeSeals(OFFICES);
        for (String[] leader : LEADERS) {
            KeyPair keys = ec();
            X500Name name = name(leader[1], leader[4], leader[3])
                    .addRDN(BCStyle.T, leader[2])
                    .build();
            X509Certificate certificate = CertificateFactoryBc.endEntity(
                    name,
                    keys,
                    intermediate,
                    intermediateKeys.getPrivate(),
                    FROM,
                    TO,
                    CertificateFactoryBc.Profile.SIGNING);
            KeyFiles.pkcs12(
                    out.resolve("leaders/" + leader[0] + ".p12"), keys.getPrivate(), certificate, intermediate, root);
            KeyFiles.vault(
                    out.resolve("vault/" + leader[0] + ".p12"),
                    SAMPLE_PIN,
                    keys.getPrivate(),
                    certificate,
                    intermediate,
                    root);
            // the office the leader signs for, as the vault records it beside the key
            java.nio.file.Files.writeString(out.resolve("vault/" + leader[0] + ".office"), leader[3] + "\n");
        }
        // the next seal of UBND tỉnh Gia Lai, for a change-over where both are registered for a while
        seal(
                out.resolve("offices/000.00.00.H21.next.p12"),
                "000.00.00.H21",
                "UBND tỉnh Gia Lai",
                rsa(2048),
                FROM,
                TO,
                CertificateFactoryBc.Profile.SIGNING);
        axis();
        new BadCases(this).generate();
    }

    /** A seal (an RSA key and its certificate) for each office, code and name. */
    private void officeSeals(List<String[]> offices) throws Exception {
        for (String[] office : offices) {
            seal(
                    out.resolve("offices/" + office[0] + ".p12"),
                    office[0],
                    office[1],
                    rsa(2048),
                    FROM,
                    TO,
                    CertificateFactoryBc.Profile.SIGNING);
        }
    }

    /** The axis's receipt key: not an office's seal, so it is not in trust/seals. */
    private void axis() throws Exception {
        KeyPair keys = rsa(2048);
        X500Name name =
                name("edoc SAMPLE axis Gia Lai", "edoc SAMPLE", "000.00.00.H21").build();
        X509Certificate certificate = CertificateFactoryBc.endEntity(
                name,
                keys,
                intermediate,
                intermediateKeys.getPrivate(),
                FROM,
                TO,
                CertificateFactoryBc.Profile.SIGNING);
        KeyFiles.pkcs12(out.resolve("axis/edoc-axis.p12"), keys.getPrivate(), certificate, intermediate, root);
        KeyFiles.pem(out.resolve("axis/edoc-axis.pem"), certificate);
    }

    private void authorities() throws Exception {
        rootKeys = rsa(3072);
        root = CertificateFactoryBc.ca(caName(authorityPrefix + " Root CA"), rootKeys, null, null, CA_FROM, CA_TO);
        intermediateKeys = rsa(2048);
        intermediate = CertificateFactoryBc.ca(
                caName(authorityPrefix + " Issuing CA"), intermediateKeys, root, rootKeys.getPrivate(), CA_FROM, CA_TO);
        KeyFiles.pem(out.resolve("ca/root-ca.pem"), root);
        KeyFiles.pem(out.resolve("ca/intermediate-ca.pem"), intermediate);
        // the root's own list, empty: the intermediate is not revoked
        KeyFiles.crl(out.resolve("ca/root-ca.crl.pem"), crl(root, rootKeys, null));
        KeyFiles.pem(out.resolve("trust/anchors/root-ca.pem"), root);
        KeyFiles.pem(out.resolve("trust/intermediates/intermediate-ca.pem"), intermediate);
        KeyFiles.crl(out.resolve("trust/crls/root-ca.crl.pem"), crl(root, rootKeys, null));
    }

    /** Writes an agency seal: its key and the chain up to the root. */
    X509Certificate seal(
            Path file,
            String organId,
            String organName,
            KeyPair keys,
            Instant from,
            Instant to,
            CertificateFactoryBc.Profile profile)
            throws Exception {
        X500Name name = name(organName, organName, organId).build();
        X509Certificate certificate = CertificateFactoryBc.endEntity(
                name, keys, intermediate, intermediateKeys.getPrivate(), from, to, profile);
        KeyFiles.pkcs12(file, keys.getPrivate(), certificate, intermediate, root);
        if (file.getParent().getFileName().toString().equals("offices")) {
            String pemName = file.getFileName().toString().replace(".p12", ".pem");
            KeyFiles.pem(out.resolve("trust/seals/" + organId + "/" + pemName), certificate);
        }
        return certificate;
    }

    /** Writes the intermediate CA's CRL, revoking {@code revoked} (if not null) since 2026-01-01. */
    void crl(X509Certificate revoked) throws Exception {
        X509CRL crl = crl(intermediate, intermediateKeys, revoked);
        KeyFiles.crl(out.resolve("ca/intermediate-ca.crl.pem"), crl);
        KeyFiles.crl(out.resolve("trust/crls/intermediate-ca.crl.pem"), crl);
    }

    private static X509CRL crl(X509Certificate issuer, KeyPair issuerKeys, X509Certificate revoked) throws Exception {
        X509v2CRLBuilder builder = new X509v2CRLBuilder(
                X500Name.getInstance(issuer.getSubjectX500Principal().getEncoded()),
                Date.from(Instant.parse("2026-11-01T00:00:00Z")));
        builder.setNextUpdate(Date.from(TO));
        if (revoked != null) {
            builder.addCRLEntry(
                    revoked.getSerialNumber(),
                    Date.from(Instant.parse("2026-01-01T00:00:00Z")),
                    CRLReason.keyCompromise);
        }
        return new JcaX509CRLConverter()
                .getCRL(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuerKeys.getPrivate())));
    }

    Path out() {
        return out;
    }

    static X500NameBuilder name(String commonName, String organization, String organId) {
        return new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.C, "VN")
                .addRDN(BCStyle.L, "Gia Lai")
                .addRDN(BCStyle.O, organization)
                .addRDN(BCStyle.OU, organId)
                .addRDN(BCStyle.UID, organId)
                .addRDN(BCStyle.CN, commonName);
    }

    private static X500Name caName(String commonName) {
        return new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.C, "VN")
                .addRDN(BCStyle.O, "edoc SAMPLE PKI - not for production")
                .addRDN(BCStyle.CN, commonName)
                .build();
    }

    static KeyPair rsa(int bits) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(bits);
        return generator.generateKeyPair();
    }

    static KeyPair ec() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }
}
