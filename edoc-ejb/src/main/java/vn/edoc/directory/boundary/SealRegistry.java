package vn.edoc.directory.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Base64;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.edoc.audit.AuditAction;
import vn.edoc.audit.boundary.AuditLog;
import vn.edoc.edxml.Sha256;
import vn.edoc.error.EdocException;
import vn.edoc.error.ErrorCode;

/**
 * Seal certificates registered for an office, the way an operator rotates them: register the new seal beside the old
 * one (both verify during the change-over), then retire the old. Each is a PEM file in the trust folder's {@code
 * seals/<OrganId>/}, which the axis reads again within seconds; the office's last seal is never retired.
 */
@Stateless
public class SealRegistry {
    @Inject
    private Clock clock;

    private static final String SEALS = "seals";

    @Inject
    @ConfigProperty(name = "edoc.trust.directory")
    private Optional<String> trustDirectory;

    @EJB
    private Directory directory;

    @EJB
    private AuditLog audit;

    @EJB
    private vn.edoc.trust.boundary.TrustSource trust;

    /** Registers the one certificate in {@code pem} as a seal of {@code code}. */
    public SealCertificate register(String code, byte[] pem, String operator) {
        directory.find(code).orElseThrow(() -> new EdocException(ErrorCode.RECIPIENT_UNKNOWN, "OrganId", code));
        X509Certificate certificate = single(code, pem);
        if (certificate.getNotAfter().before(Date.from(clock.instant()))) {
            throw invalid(code, "expired " + certificate.getNotAfter().toInstant());
        }
        String subject = certificate.getSubjectX500Principal().getName();
        if (!subject.contains("=" + code + ",") && !subject.endsWith("=" + code)) {
            // the verifier binds a seal to its office by registration; a certificate naming another office is a mistake
            throw invalid(code, subject);
        }
        SealCertificate seal = SealCertificate.of(certificate);
        Path folder = sealsOf(code);
        try {
            Files.createDirectories(folder);
            Path written = Files.createTempFile(folder, ".new-", ".tmp");
            Files.writeString(written, pemOf(certificate), StandardCharsets.US_ASCII);
            Files.move(
                    written,
                    folder.resolve(seal.sha256().substring(0, 16) + ".pem"),
                    StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("the seal of " + code + " cannot be written to " + folder, e);
        }
        trust.changed();
        audit.append(operator, AuditAction.SEAL_REGISTERED, code, seal.sha256() + " " + subject);
        return seal;
    }

    /** Retires the seal of {@code code} whose certificate has this SHA-256; refused for the office's last seal. */
    public void retire(String code, String sha256, String operator) {
        Path folder = sealsOf(code);
        List<Path> files = pemFiles(folder);
        Path file = files.stream()
                .filter(f -> sha256.equals(sha256Of(f)))
                .findFirst()
                .orElseThrow(() -> new EdocException(ErrorCode.REQUEST_INVALID, "sha256", "no seal " + sha256));
        if (files.size() == 1) {
            throw new EdocException(ErrorCode.REQUEST_INVALID, "sha256", "the last seal of " + code + " stays");
        }
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        trust.changed();
        audit.append(operator, AuditAction.SEAL_RETIRED, code, sha256);
    }

    private Path sealsOf(String code) {
        if (code == null || !code.matches("[A-Za-z0-9.]{1,35}")) {
            throw new EdocException(ErrorCode.ORGAN_ID_INVALID, "OrganId", code);
        }
        return Path.of(trustDirectory.orElseThrow(
                        () -> new EdocException(ErrorCode.TRUST_NOT_CONFIGURED, null, "edoc.trust.directory")))
                .resolve(SEALS)
                .resolve(code);
    }

    private static List<Path> pemFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".pem"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256Of(Path file) {
        try {
            return Sha256.of(single("", Files.readAllBytes(file)).getEncoded());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CertificateEncodingException | EdocException e) {
            return "";
        }
    }

    private static X509Certificate single(String code, byte[] pem) {
        try {
            Collection<? extends java.security.cert.Certificate> found =
                    CertificateFactory.getInstance("X.509").generateCertificates(new ByteArrayInputStream(pem));
            if (found.size() != 1 || !(found.iterator().next() instanceof X509Certificate certificate)) {
                throw invalid(code, found.size() + " certificates");
            }
            return certificate;
        } catch (CertificateException e) {
            throw invalid(code, e.getMessage());
        }
    }

    private static EdocException invalid(String code, String why) {
        return new EdocException(ErrorCode.SEAL_CERTIFICATE_INVALID, "certificate", code, why);
    }

    private static String pemOf(X509Certificate certificate) {
        try {
            return "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                            .encodeToString(certificate.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
