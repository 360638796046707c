package vn.edoc.signing.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.edoc.error.EdocException;
import vn.edoc.error.ErrorCode;
import vn.edoc.signature.SigningKey;

/**
 * The vault folder: {@code <leaderId>.p12}, each protected by its leader's PIN, and beside it {@code <leaderId>.office},
 * the code of the office the leader signs for (readable without the PIN, so that who may ask is decided before any
 * PIN is tried). Opening a key needs the PIN; a wrong one is told apart from a missing or broken file, so that only
 * wrong PINs count towards the lock.
 */
public final class LeaderVault {
    private static final Pattern LEADER_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final Pattern OFFICE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,34}");

    private final Path folder;

    public LeaderVault(Path folder) {
        this.folder = folder;
    }

    /** Whether the vault holds a key for {@code leaderId}. */
    public boolean holds(String leaderId) {
        return leaderId != null && LEADER_ID.matcher(leaderId).matches() && Files.isRegularFile(file(leaderId));
    }

    /** The office the leader signs for; empty when the vault records none (or nothing that is an office code). */
    public Optional<String> officeOf(String leaderId) {
        if (!holds(leaderId)) {
            return Optional.empty();
        }
        Path record = folder.resolve(leaderId + ".office");
        try {
            if (!Files.isRegularFile(record) || Files.size(record) > 100) {
                return Optional.empty();
            }
            String office = Files.readString(record, StandardCharsets.UTF_8).strip();
            return OFFICE.matcher(office).matches() ? Optional.of(office) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("the vault's office record of " + leaderId + " cannot be read", e);
        }
    }

    /** The leader's key; {@link WrongPin} when the PIN does not open it. */
    public SigningKey open(String leaderId, char[] pin) throws WrongPin {
        if (!holds(leaderId)) {
            throw new EdocException(ErrorCode.LEADER_UNKNOWN, "leaderId", leaderId);
        }
        try (InputStream in = Files.newInputStream(file(leaderId))) {
            return SigningKey.fromPkcs12(in, pin);
        } catch (IOException e) {
            // the JDK reports a wrong PKCS#12 password as an IOException caused by an UnrecoverableKeyException
            if (e.getCause() instanceof java.security.UnrecoverableKeyException) {
                throw new WrongPin();
            }
            throw new IllegalStateException("the vault file of " + leaderId + " cannot be read", e);
        } catch (GeneralSecurityException e) {
            throw new WrongPin();
        }
    }

    private Path file(String leaderId) {
        return folder.resolve(leaderId + ".p12");
    }

    /** The PIN did not open the key. */
    public static final class WrongPin extends Exception {
        private static final long serialVersionUID = 1L;

        WrongPin() {
            super("wrong PIN", null, false, false);
        }
    }
}
