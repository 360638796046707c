package vn.edoc.desk.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.edoc.desk.control.SealVault;
import vn.edoc.error.EdocException;
import vn.edoc.error.ErrorCode;
import vn.edoc.signature.SigningKey;

/**
 * The seal vault the desk seals with: MP Config {@code edoc.desk.seal-directory} (the {@code <OrganId>.p12} files)
 * and {@code edoc.desk.seal-password-file}. Without them no office can issue or answer from the web UI.
 */
@ApplicationScoped
public class DeskSeals {
    @Inject
    @ConfigProperty(name = "edoc.desk.seal-directory")
    Optional<String> directory;

    @Inject
    @ConfigProperty(name = "edoc.desk.seal-password-file")
    Optional<String> passwordFile;

    /** The seal of {@code organId}; {@code SEAL_NOT_AVAILABLE} when the vault is not configured or lacks it. */
    public SigningKey sealOf(String organId) {
        if (directory.isEmpty() || passwordFile.isEmpty()) {
            throw new EdocException(ErrorCode.SEAL_NOT_AVAILABLE, "OrganId", organId);
        }
        return new SealVault(Path.of(directory.get()), Path.of(passwordFile.get())).sealOf(organId);
    }

    /** Whether the web UI can seal for {@code organId}. */
    public boolean holds(String organId) {
        return directory.isPresent()
                && passwordFile.isPresent()
                && new SealVault(Path.of(directory.get()), Path.of(passwordFile.get())).holds(organId);
    }
}
