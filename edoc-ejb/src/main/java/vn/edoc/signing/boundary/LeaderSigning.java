package vn.edoc.signing.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.edoc.audit.boundary.AuditLog;
import vn.edoc.edxml.Sha256;
import vn.edoc.error.EdocException;
import vn.edoc.error.ErrorCode;
import vn.edoc.exchange.control.PacketIntake;
import vn.edoc.signature.PacketSigner;
import vn.edoc.signature.SignatureRole;
import vn.edoc.signature.SigningKey;
import vn.edoc.signing.control.LeaderVault;

/**
 * Signs a packet as a leader with the key the axis keeps for that leader, unlocked by the PIN given with the call.
 * The PIN is wiped after use and appears in no message or log.
 */
@Stateless
public class LeaderSigning {
    @EJB
    private AuditLog audit;

    @EJB
    private PinAttempts attempts;

    @Inject
    @ConfigProperty(name = "edoc.signing.vault-directory")
    private Optional<String> vaultDirectory;

    @Inject
    @ConfigProperty(name = "edoc.signing.max-pin-attempts", defaultValue = "5")
    private int maxPinAttempts;

    @Inject
    private PacketIntake intake;

    public byte[] sign(String leaderId, char[] pin, byte[] packet) {
        try {
            LeaderVault vault = new LeaderVault(Path.of(vaultDirectory.orElseThrow(
                    () -> new EdocException(ErrorCode.SIGNING_NOT_CONFIGURED, null, "edoc.signing.vault-directory"))));
            if (!vault.holds(leaderId)) {
                throw new EdocException(ErrorCode.LEADER_UNKNOWN, "leaderId", leaderId);
            }
            if (attempts.isLocked(leaderId)) {
                throw new EdocException(ErrorCode.PIN_LOCKED, "pin", leaderId);
            }
            // the cheap check first: a packet that would be refused is not worth opening the key for
            intake.validDocument(packet);
            SigningKey key = unlock(vault, leaderId, pin);
            byte[] signed = new PacketSigner().sign(packet, SignatureRole.SIGNER, key);
            audit.append(leaderId, "LEADER_SIGNED", Sha256.of(signed), null);
            return signed;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (pin != null) {
                Arrays.fill(pin, '\0');
            }
        }
    }

    private SigningKey unlock(LeaderVault vault, String leaderId, char[] pin) {
        try {
            SigningKey key = vault.open(leaderId, pin == null ? new char[0] : pin);
            attempts.succeeded(leaderId);
            return key;
        } catch (LeaderVault.WrongPin wrong) {
            int left = attempts.failed(leaderId, maxPinAttempts);
            if (left == 0) {
                throw new EdocException(ErrorCode.PIN_LOCKED, "pin", leaderId);
            }
            throw new EdocException(ErrorCode.PIN_WRONG, "pin", left);
        }
    }
}
