package vn.edoc.desk.control;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.regex.Pattern;
import vn.edoc.error.EdocException;
import vn.edoc.error.ErrorCode;
import vn.edoc.signature.SigningKey;

/**
 * The seals (agency keys) the axis keeps for the offices that work in its web UI: {@code <OrganId>.p12} in one folder,
 * opened with the vault's password, which is read from a file so that it appears in no configuration listing. A real
 * deployment keeps them in an HSM partition; the folder is the same contract.
 */
public final class SealVault {
    private static final Pattern ORGAN_ID = Pattern.compile("[A-Za-z0-9.]{1,35}");

    private final Path folder;
    private final Path passwordFile;

    public SealVault(Path folder, Path passwordFile) {
        this.folder = folder;
        this.passwordFile = passwordFile;
    }

    /** Whether the vault holds a seal for {@code organId}. */
    public boolean holds(String organId) {
        return organId != null && ORGAN_ID.matcher(organId).matches() && Files.isRegularFile(file(organId));
    }

    /** The office's seal; {@code SEAL_NOT_AVAILABLE} when the vault has none for it. */
    public SigningKey sealOf(String organId) {
        if (!holds(organId)) {
            throw new EdocException(ErrorCode.SEAL_NOT_AVAILABLE, "OrganId", organId);
        }
        char[] password = null;
        try {
            password = Files.readString(passwordFile).strip().toCharArray();
            return SigningKey.fromPkcs12(file(organId), password);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(
                    "the seal of " + organId + " cannot be opened with the vault's password", e);
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
    }

    private Path file(String organId) {
        return folder.resolve(organId + ".p12");
    }
}
