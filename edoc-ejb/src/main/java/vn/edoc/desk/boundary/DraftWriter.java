package vn.edoc.desk.boundary;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.edoc.desk.control.PacketComposer;
import vn.edoc.desk.entity.Draft;
import vn.edoc.desk.entity.DraftAttachment;
import vn.edoc.desk.entity.DraftContent;
import vn.edoc.directory.boundary.Directory;
import vn.edoc.directory.entity.Office;
import vn.edoc.edxml.model.AttachmentContent;
import vn.edoc.edxml.model.BusinessDocType;
import vn.edoc.edxml.model.Organization;
import vn.edoc.edxml.model.SignerInfo;
import vn.edoc.error.EdocException;
import vn.edoc.error.ErrorCode;
import vn.edoc.exchange.control.PacketIntake;

/**
 * Writes a draft as the unsigned packet its leader signs, with the names the directory gives its offices and the
 * signer as the desk knows them, and checks it with the same edXML reader that checks every packet sent to the axis.
 */
@ApplicationScoped
public class DraftWriter {
    @Inject
    private Clock clock;

    @EJB
    private Directory directory;

    @EJB
    private DeskAccounts accounts;

    @Inject
    private PacketIntake intake;

    /** Where the documents are issued, as {@code PromulgationInfo/Place} says. */
    @Inject
    @ConfigProperty(name = "edoc.desk.place", defaultValue = "Gia Lai")
    private String place;

    /** The packet and its DocumentId. */
    public record Written(String documentId, byte[] packet) {}

    public Written write(Draft draft) {
        DraftContent content = draft.content();
        LocalDateTime now = LocalDateTime.now(clock.withZone(Outbox.VIETNAM)).truncatedTo(ChronoUnit.SECONDS);
        String documentId = draft.hasDocumentId()
                ? draft.documentId()
                : PacketComposer.documentId(draft.officeCode(), now.toLocalDate(), content);
        PacketComposer.Letterhead letterhead = new PacketComposer.Letterhead(
                organization(draft.officeCode()),
                content.recipients().stream().map(this::organization).toList(),
                place,
                signer(draft.officeCode(), content.leaderId()),
                new PacketComposer.Change(
                        BusinessDocType.ofCode(String.valueOf(draft.businessType()))
                                .orElseThrow(),
                        draft.changesDocumentId(),
                        draft.changeReason()),
                now);
        Path folder = null;
        try {
            folder = Files.createTempDirectory("edoc-draft-");
            List<PacketComposer.File> files = new ArrayList<>();
            for (DraftAttachment attachment : draft.attachments()) {
                Path file = folder.resolve(files.size() + ".bin");
                Files.write(file, attachment.content());
                files.add(new PacketComposer.File(
                        attachment.fileName(),
                        attachment.contentType(),
                        new AttachmentContent(file, attachment.size(), attachment.sha256(), false)));
            }
            byte[] packet = new PacketComposer().compose(content, documentId, letterhead, files);
            intake.validDocument(packet);
            return new Written(documentId, packet);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(folder);
        }
    }

    private Organization organization(String code) {
        Office office = directory
                .findActive(code)
                .orElseThrow(() -> new EdocException(ErrorCode.RECIPIENT_UNKNOWN, "To", code));
        return Organization.of(office.code(), office.name());
    }

    private SignerInfo signer(String office, String leaderId) {
        DeskAccount leader = accounts.leadersOf(office).stream()
                .filter(a -> leaderId.equals(a.leaderId()))
                .findFirst()
                .orElseThrow(() -> new EdocException(ErrorCode.LEADER_UNKNOWN, "SignerInfo", leaderId));
        return new SignerInfo(null, leader.title(), leader.fullName());
    }

    /** Deletes a temporary file or folder; what cannot be deleted is left for the system's cleaner. */
    static void deleteQuietly(Path path) {
        if (path == null || !Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary file left behind is harmless; the call's outcome does not depend on it
        }
    }
}
