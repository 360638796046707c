package vn.edoc.signature;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import vn.edoc.edxml.model.DocumentPacket;
import vn.edoc.edxml.model.Organization;
import vn.edoc.edxml.model.ResponseFor;
import vn.edoc.edxml.model.StaffInfo;
import vn.edoc.edxml.model.StatusCode;
import vn.edoc.edxml.model.StatusPacket;
import vn.edoc.edxml.read.EdxmlReader;
import vn.edoc.edxml.read.ReadLimits;
import vn.edoc.edxml.read.ReadResult;
import vn.edoc.edxml.write.EdxmlWriter;
import vn.edoc.time.Vietnam;

/** A status packet a recipient office sends about a document it received, sealed with the office's key. */
public final class StatusReply {
    private static final ZoneId VIETNAM = Vietnam.ZONE;

    private StatusReply() {}

    /** The received document packet in {@code file}, read and checked by the edXML reader. */
    public static DocumentPacket document(Path file) {
        try (ReadResult read = new EdxmlReader(ReadLimits.defaults()).read(file)) {
            return read.validDocument();
        }
    }

    /**
     * The sealed status {@code code} from {@code office} about {@code document}.
     *
     * @param description required for 02 (the reason), optional otherwise
     */
    public static byte[] about(
            DocumentPacket document,
            String office,
            StatusCode code,
            String description,
            String staff,
            LocalDateTime timestamp,
            SigningKey seal)
            throws IOException {
        String officeName = document.header().to().stream()
                .filter(to -> to.organId().equals(office))
                .map(Organization::organName)
                .findFirst()
                .orElse(office);
        var header = document.header();
        StatusPacket status = new StatusPacket(
                Organization.of(office, officeName),
                new ResponseFor(
                        header.from().organId(),
                        header.code() == null ? null : header.code().toString(),
                        header.promulgationInfo() == null
                                ? null
                                : header.promulgationInfo().date(),
                        header.documentId()),
                staff == null ? null : new StaffInfo(null, null, staff, null, null, null),
                code,
                description,
                timestamp);
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        new EdxmlWriter().write(status, written);
        return new PacketSigner().sign(written.toByteArray(), SignatureRole.AGENCY, seal);
    }

    /** Now by {@code clock} in Vietnam, to the second (the edXML time stamp has no fractions). */
    public static LocalDateTime now(Clock clock) {
        return LocalDateTime.now(clock.withZone(VIETNAM)).truncatedTo(ChronoUnit.SECONDS);
    }
}
