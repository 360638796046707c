package vn.edoc.benchmarks.load;

import java.nio.file.Files;
import java.nio.file.Path;
import vn.edoc.client.EdocClient;
import vn.edoc.client.EdocClientException;
import vn.edoc.contract.axis.v1.PacketKind;
import vn.edoc.contract.axis.v1.PendingDocument;
import vn.edoc.edxml.model.DocumentPacket;
import vn.edoc.edxml.model.StatusCode;
import vn.edoc.edxml.model.StatusPacket;
import vn.edoc.edxml.read.EdxmlReader;
import vn.edoc.edxml.read.ReadLimits;
import vn.edoc.edxml.read.ReadResult;
import vn.edoc.signature.StatusReply;

/**
 * A clerk's desk under load: each document received is registered and answered with a status 03 sealed by the
 * office; each status received (the office sent the document) is matched to the document it is about.
 */
final class RegistryDesk implements Mailroom.Desk {
    private static final int ATTEMPTS = 3;

    private final Ledger ledger;
    private final OfficeSeals seals;
    private final Mailroom mailroom;

    RegistryDesk(Ledger ledger, OfficeSeals seals, Mailroom mailroom) {
        this.ledger = ledger;
        this.seals = seals;
        this.mailroom = mailroom;
    }

    @Override
    public void received(EdocClient client, String office, PendingDocument pending, Path file) throws Exception {
        try {
            if (pending.getKind() == PacketKind.STATUS) {
                answered(file);
            } else {
                ledger.taken(pending.getDocumentId());
                register(client, office, file);
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private void answered(Path file) {
        StatusPacket status;
        try (ReadResult read = new EdxmlReader(ReadLimits.defaults()).read(file)) {
            status = read.validStatus();
        }
        if (status.statusCode() == StatusCode.REGISTERED) {
            ledger.answered(status.responseFor().documentId());
        }
    }

    /** Answers 03; a refused call is tried again twice, as a clerk's system would, before it counts as failed. */
    private void register(EdocClient client, String office, Path file) throws Exception {
        DocumentPacket document = StatusReply.document(file);
        byte[] status = StatusReply.about(
                document,
                office,
                StatusCode.REGISTERED,
                null,
                "Văn thư (tải thử)",
                StatusReply.now(java.time.Clock.systemUTC()),
                seals.of(office));
        for (int attempt = 1; ; attempt++) {
            try {
                client.sendStatus(status);
                break;
            } catch (EdocClientException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                ledger.failed(e);
                Thread.sleep(100L * attempt);
            }
        }
        mailroom.notice(document.header().from().organId());
    }
}
