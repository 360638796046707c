package vn.edoc.trust.boundary;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.edoc.error.EdocException;
import vn.edoc.error.ErrorCode;
import vn.edoc.signature.TrustConfiguration;
import vn.edoc.signature.TrustDirectory;

/**
 * The trust folder named by MP Config {@code edoc.trust.directory}, loaded on first use and again when a file in it
 * changes (looked at most every few seconds). Without a folder, or with one that does not load, every packet is
 * refused: the axis never accepts what it cannot verify.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class TrustSource {
    @Inject
    private Clock clock;

    private static final Logger LOG = Logger.getLogger(TrustSource.class.getName());
    private static final long LOOK_EVERY_MILLIS = 5_000;

    @Inject
    @ConfigProperty(name = "edoc.trust.directory")
    private Optional<String> directory;

    private volatile Loaded loaded;

    /** The trust to verify with now. */
    public TrustConfiguration current() {
        Path folder = Path.of(directory.orElseThrow(() -> notConfigured("edoc.trust.directory is not set")));
        Loaded known = loaded;
        long now = clock.millis();
        if (known != null && now - known.lookedAt() < LOOK_EVERY_MILLIS) {
            return known.trust();
        }
        synchronized (this) {
            return reloadIfChanged(folder, now).trust();
        }
    }

    /** Makes the next call load the folder again at once: an operator just changed it from the axis itself. */
    public void changed() {
        loaded = null;
    }

    /**
     * The trust to show rather than to verify with: empty when no folder is configured or it does not load (what
     * verifies packets, {@link #current()}, refuses then).
     */
    public Optional<TrustConfiguration> ifConfigured() {
        if (directory.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(current());
        } catch (EdocException e) {
            return Optional.empty();
        }
    }

    private Loaded reloadIfChanged(Path folder, long now) {
        try {
            long modified = TrustDirectory.lastModified(folder);
            Loaded known = loaded;
            if (known == null || modified != known.modified() || !folder.equals(known.folder())) {
                TrustConfiguration trust = TrustDirectory.load(folder);
                LOG.info(() -> "edoc: trust loaded from " + folder);
                loaded = new Loaded(folder, trust, modified, now);
            } else {
                loaded = new Loaded(folder, known.trust(), modified, now);
            }
            return loaded;
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            LOG.log(Level.SEVERE, "edoc: the trust folder " + folder + " cannot be loaded", e);
            throw notConfigured(folder + ": " + e.getMessage());
        }
    }

    private static EdocException notConfigured(String reason) {
        return new EdocException(ErrorCode.TRUST_NOT_CONFIGURED, null, reason);
    }

    private record Loaded(Path folder, TrustConfiguration trust, long modified, long lookedAt) {}
}
