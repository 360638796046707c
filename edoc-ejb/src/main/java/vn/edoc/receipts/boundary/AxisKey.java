package vn.edoc.receipts.boundary;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.edoc.error.EdocException;
import vn.edoc.error.ErrorCode;
import vn.edoc.signature.SigningKey;

/**
 * The axis's own signing key for receipts: a PKCS#12 file (MP Config {@code edoc.receipts.keystore}, its password
 * {@code edoc.receipts.keystore-password}), loaded once. Without it the axis refuses every packet: it never accepts
 * what it cannot attest.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class AxisKey {
    private static final Logger LOG = Logger.getLogger(AxisKey.class.getName());

    @Inject
    @ConfigProperty(name = "edoc.receipts.keystore")
    private Optional<String> keystore;

    @Inject
    @ConfigProperty(name = "edoc.receipts.keystore-password", defaultValue = "")
    private String password;

    private volatile SigningKey key;

    /** The key, loaded on first use. */
    public SigningKey key() {
        SigningKey known = key;
        if (known != null) {
            return known;
        }
        synchronized (this) {
            if (key == null) {
                key = load();
            }
            return key;
        }
    }

    private SigningKey load() {
        Path file = Path.of(keystore.orElseThrow(
                () -> new EdocException(ErrorCode.RECEIPTS_NOT_CONFIGURED, null, "edoc.receipts.keystore is not set")));
        try {
            SigningKey loaded = SigningKey.fromPkcs12(file, password.toCharArray());
            LOG.info(() -> "edoc: receipts signed as " + loaded.certificate().getSubjectX500Principal());
            return loaded;
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            LOG.log(Level.SEVERE, "edoc: the receipt key " + file + " cannot be loaded", e);
            throw new EdocException(ErrorCode.RECEIPTS_NOT_CONFIGURED, null, file + ": " + e.getMessage());
        }
    }
}
