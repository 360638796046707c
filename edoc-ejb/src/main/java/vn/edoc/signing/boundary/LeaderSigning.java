package vn.edoc.signing.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Consumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.edoc.audit.AuditAction;
import vn.edoc.audit.boundary.AuditLog;
import vn.edoc.edxml.Sha256;
import vn.edoc.error.EdocException;
import vn.edoc.error.ErrorCode;
import vn.edoc.exchange.control.PacketIntake;
import vn.edoc.signature.CertificateOffice;
import vn.edoc.signature.PacketSigner;
import vn.edoc.signature.PdfAttachmentSigner;
import vn.edoc.signature.PdfSigner;
import vn.edoc.signature.SignatureRole;
import vn.edoc.signature.SignerCoverage;
import vn.edoc.signature.SigningKey;
import vn.edoc.signing.control.LeaderVault;
import vn.edoc.systems.Caller;
import vn.edoc.systems.boundary.ConnectedSystems;
import vn.edoc.time.Vietnam;

/**
 * Signs a packet as a leader with the key the axis keeps for that leader, unlocked by the PIN given with the call.
 * The PIN is wiped after use and appears in no message or log. The checks, in order, each refusal audited with who
 * asked:
 *
 * <ol>
 *   <li>the vault holds the leader's key ({@code LEADER_UNKNOWN}) and records the office they sign for ({@code
 *       LEADER_OFFICE_UNKNOWN});
 *   <li>who asks acts for that office: a connected system by its scopes, a desk user by their own office ({@code
 *       OFFICE_NOT_AUTHORIZED}), so that nobody else can try PINs against the key;
 *   <li>the key is not locked for who asks, nor for everyone ({@code PIN_LOCKED}, until the lock ends);
 *   <li>the packet is a valid document sent by that office ({@code SIGNER_NOT_OF_SENDER});
 *   <li>the PIN opens the key ({@code PIN_WRONG}, counted per asker and for the key);
 *   <li>the key's certificate names no other office ({@code SIGNER_NOT_OF_SENDER}: the vault is wrong).
 * </ol>
 */
@Stateless
public class LeaderSigning {
    @Inject
    private Clock clock;

    private static final DateTimeFormatter UNTIL =
            DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(Vietnam.ZONE);

    @EJB
    private AuditLog audit;

    @EJB
    private PinAttempts attempts;

    @EJB
    private ConnectedSystems systems;

    @Inject
    @ConfigProperty(name = "edoc.signing.vault-directory")
    private Optional<String> vaultDirectory;

    @Inject
    private PacketIntake intake;

    /** For a connected system, which must act for the leader's office. */
    public byte[] sign(Caller caller, String leaderId, char[] pin, byte[] packet) {
        return sign(
                caller.systemId(),
                office -> systems.requireActsFor(caller, office, "leaderId"),
                leaderId,
                pin,
                packet,
                false);
    }

    /**
     * For a user of the web UI's desk, whose office must be the leader's: the draft's PDF attachments are signed inside
     * the PDF too (the signature that binds by law), then the envelope.
     */
    public byte[] signAtDesk(String user, String userOffice, String leaderId, char[] pin, byte[] packet) {
        return sign(
                user,
                office -> {
                    if (!office.equals(userOffice)) {
                        throw new EdocException(ErrorCode.OFFICE_NOT_AUTHORIZED, "leaderId", user, office);
                    }
                },
                leaderId,
                pin,
                packet,
                true);
    }

    private byte[] sign(
            String asker, Consumer<String> mayActFor, String leaderId, char[] pin, byte[] packet, boolean inPdfToo) {
        try {
            LeaderVault vault = vault();
            if (!vault.holds(leaderId)) {
                throw new EdocException(ErrorCode.LEADER_UNKNOWN, "leaderId", leaderId);
            }
            String office = vault.officeOf(leaderId)
                    .orElseThrow(() -> new EdocException(ErrorCode.LEADER_OFFICE_UNKNOWN, "leaderId", leaderId));
            mayActFor.accept(office);
            Optional<Instant> locked = attempts.lockedUntil(leaderId, asker);
            if (locked.isPresent()) {
                throw new EdocException(ErrorCode.PIN_LOCKED, "pin", leaderId, UNTIL.format(locked.get()));
            }
            // the cheap checks first: a packet that would be refused is not worth opening the key for
            String sender = intake.validDocument(packet).from().organId();
            if (!sender.equals(office)) {
                throw new EdocException(ErrorCode.SIGNER_NOT_OF_SENDER, "leaderId", leaderId, office, sender);
            }
            SigningKey key = unlock(vault, leaderId, asker, pin);
            String named = CertificateOffice.of(key.certificate()).orElse(office);
            if (!named.equals(office)) {
                throw new EdocException(ErrorCode.SIGNER_NOT_OF_SENDER, "leaderId", leaderId, named, office);
            }
            byte[] content = inPdfToo
                    ? new PdfAttachmentSigner(intake.limits())
                            .sign(packet, key, new PdfSigner.Request("Ký ban hành", office, Instant.now(clock)))
                    : packet;
            // at the desk the PDFs carry the leader's signature, so the envelope's may leave them to it: the clerk's
            // seal then follows inside each PDF without breaking it (SignerCoverage)
            SignerCoverage coverage = inPdfToo ? intake.signerCoverage(content) : SignerCoverage.WHOLE_PACKET;
            byte[] signed = new PacketSigner().sign(content, SignatureRole.SIGNER, key, coverage);
            audit.append(
                    asker, AuditAction.LEADER_SIGNED, Sha256.of(signed), "leader: " + leaderId + ", office: " + office);
            return signed;
        } catch (EdocException refusal) {
            attempts.refused(asker, String.valueOf(leaderId), refusal.code().name());
            throw refusal;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (pin != null) {
                Arrays.fill(pin, '\0');
            }
        }
    }

    private LeaderVault vault() {
        return new LeaderVault(Path.of(vaultDirectory.orElseThrow(
                () -> new EdocException(ErrorCode.SIGNING_NOT_CONFIGURED, null, "edoc.signing.vault-directory"))));
    }

    private SigningKey unlock(LeaderVault vault, String leaderId, String asker, char[] pin) {
        try {
            SigningKey key = vault.open(leaderId, pin == null ? new char[0] : pin);
            attempts.succeeded(leaderId, asker);
            return key;
        } catch (LeaderVault.WrongPin wrong) {
            int left = attempts.failed(leaderId, asker);
            if (left == 0) {
                Instant until = attempts.lockedUntil(leaderId, asker).orElseGet(Instant::now);
                throw new EdocException(ErrorCode.PIN_LOCKED, "pin", leaderId, UNTIL.format(until));
            }
            throw new EdocException(ErrorCode.PIN_WRONG, "pin", left);
        }
    }
}
