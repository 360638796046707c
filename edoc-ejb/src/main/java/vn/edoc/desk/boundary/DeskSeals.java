package vn.edoc.desk.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.edoc.desk.control.SealVault;
import vn.edoc.error.EdocException;
import vn.edoc.error.ErrorCode;
import vn.edoc.exchange.control.PacketIntake;
import vn.edoc.signature.PacketSigner;
import vn.edoc.signature.PdfAttachmentSigner;
import vn.edoc.signature.PdfSigner;
import vn.edoc.signature.SignatureRole;
import vn.edoc.signature.SignerCoverage;
import vn.edoc.signature.SigningKey;

/**
 * The seal vault the desk seals with: MP Config {@code edoc.desk.seal-directory} (the {@code <OrganId>.p12} files)
 * and {@code edoc.desk.seal-password-file}. Without them no office can issue or answer from the web UI.
 */
@ApplicationScoped
public class DeskSeals {
    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "edoc.desk.seal-directory")
    Optional<String> directory;

    @Inject
    @ConfigProperty(name = "edoc.desk.seal-password-file")
    Optional<String> passwordFile;

    @Inject
    PacketIntake intake;

    /** The seal of {@code organId}; {@code SEAL_NOT_AVAILABLE} when the vault is not configured or lacks it. */
    public SigningKey sealOf(String organId) {
        if (directory.isEmpty() || passwordFile.isEmpty()) {
            throw new EdocException(ErrorCode.SEAL_NOT_AVAILABLE, "OrganId", organId);
        }
        return new SealVault(Path.of(directory.get()), Path.of(passwordFile.get())).sealOf(organId);
    }

    /**
     * The clerk's seal of a document its leader signed (ND30: the office's signature after the leader's): inside each
     * PDF first when the leader's envelope signature leaves the attachments to the PDFs, then on the envelope over
     * everything.
     */
    public byte[] sealDocument(byte[] leaderSigned, String office) {
        SigningKey seal = sealOf(office);
        try {
            byte[] content = SignerCoverage.ofSigned(leaderSigned) == SignerCoverage.CONTENT_IN_PDF
                    ? new PdfAttachmentSigner(intake.limits())
                            .sealSigned(
                                    leaderSigned,
                                    seal,
                                    new PdfSigner.Request("Đóng dấu ban hành", office, Instant.now(clock)))
                    : leaderSigned;
            return new PacketSigner().sign(content, SignatureRole.AGENCY, seal);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the web UI can seal for {@code organId}. */
    public boolean holds(String organId) {
        return directory.isPresent()
                && passwordFile.isPresent()
                && new SealVault(Path.of(directory.get()), Path.of(passwordFile.get())).holds(organId);
    }
}
