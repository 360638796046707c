package vn.edoc.ws;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import vn.edoc.contract.axis.v1.Acceptance;
import vn.edoc.contract.axis.v1.DeliveredPacket;
import vn.edoc.contract.axis.v1.DeliveryState;
import vn.edoc.contract.axis.v1.OfficeState;
import vn.edoc.contract.axis.v1.Organization;
import vn.edoc.contract.axis.v1.OverdueDocument;
import vn.edoc.contract.axis.v1.PacketKind;
import vn.edoc.contract.axis.v1.PacketTraces;
import vn.edoc.contract.axis.v1.PendingDocument;
import vn.edoc.contract.axis.v1.PushTrace;
import vn.edoc.contract.axis.v1.RecipientState;
import vn.edoc.contract.axis.v1.RecipientTrace;
import vn.edoc.contract.axis.v1.SignedReceipt;
import vn.edoc.contract.axis.v1.StatusEntry;
import vn.edoc.contract.axis.v1.TraceEvent;
import vn.edoc.contract.axis.v1.TraceHeader;
import vn.edoc.directory.OfficeRecord;
import vn.edoc.directory.boundary.DirectoryChanges;
import vn.edoc.directory.boundary.SealCertificate;
import vn.edoc.exchange.AxisHop;
import vn.edoc.exchange.boundary.FetchedPacket;
import vn.edoc.exchange.boundary.PacketTrace;
import vn.edoc.exchange.boundary.RecipientStatus;
import vn.edoc.exchange.boundary.SignedReceiptCopy;
import vn.edoc.time.Vietnam;

/** Maps the exchange's records to the contract's wire types. Times go out in Vietnam's offset (+07:00). */
final class WireMapper {
    private static final ZoneId VIETNAM = Vietnam.ZONE;

    private WireMapper() {}

    static Acceptance acceptance(vn.edoc.exchange.boundary.Acceptance accepted) {
        Acceptance wire = new Acceptance();
        wire.setPacketId(accepted.packetId());
        wire.setDocumentId(accepted.documentId());
        wire.setSenderId(accepted.senderId());
        wire.setSha256(accepted.sha256());
        wire.setSize(accepted.size());
        wire.setAcceptedAt(time(accepted.acceptedAt()));
        accepted.recipients().forEach(r -> wire.getRecipient().add(recipient(r)));
        wire.setReceipt(accepted.receipt());
        accepted.warnings().forEach(w -> wire.getWarning().add(Faults.problem(w)));
        return wire;
    }

    static List<PendingDocument> pending(List<vn.edoc.exchange.boundary.PendingDocument> pending) {
        return pending.stream().map(WireMapper::pending).toList();
    }

    private static PendingDocument pending(vn.edoc.exchange.boundary.PendingDocument document) {
        PendingDocument wire = new PendingDocument();
        wire.setPacketId(document.packetId());
        wire.setDocumentId(document.documentId());
        wire.setSenderId(document.senderId());
        wire.setSubject(document.subject());
        wire.setSha256(document.sha256());
        wire.setSize(document.size());
        wire.setAcceptedAt(time(document.acceptedAt()));
        wire.setState(state(document.state()));
        wire.setKind(PacketKind.valueOf(document.kind().name()));
        return wire;
    }

    static List<OverdueDocument> overdue(List<vn.edoc.exchange.boundary.OverdueDocument> overdue) {
        return overdue.stream()
                .map(o -> {
                    OverdueDocument wire = new OverdueDocument();
                    wire.setPacketId(o.packetId());
                    wire.setDocumentId(o.documentId());
                    wire.setSubject(o.subject());
                    wire.setSenderId(o.senderId());
                    wire.setRecipientId(o.recipientId());
                    wire.setDueDate(o.dueDate());
                    wire.setProgress(o.progress() == null ? null : o.progress().code());
                    wire.setAsSender(o.asSender());
                    return wire;
                })
                .toList();
    }

    static List<SignedReceipt> receipts(List<SignedReceiptCopy> receipts) {
        return receipts.stream()
                .map(r -> {
                    SignedReceipt wire = new SignedReceipt();
                    wire.setReceiptId(r.receiptId());
                    wire.setKind(r.kind().name());
                    wire.setRecipientId(r.recipientId());
                    wire.setIssuedAt(time(r.issuedAt()));
                    wire.setSignedReceipt(r.signedXml());
                    return wire;
                })
                .toList();
    }

    static DeliveredPacket delivered(FetchedPacket packet) {
        DeliveredPacket wire = new DeliveredPacket();
        wire.setPacketId(packet.packetId());
        wire.setDocumentId(packet.documentId());
        wire.setSha256(packet.sha256());
        wire.setPacket(PacketSource.handlerOf(packet.bytes()));
        return wire;
    }

    static RecipientState recipient(RecipientStatus status) {
        RecipientState wire = new RecipientState();
        wire.setOrganId(status.recipientId());
        wire.setState(state(status.state()));
        wire.setSince(time(status.since()));
        return wire;
    }

    static PacketTraces traces(PacketTrace trace) {
        PacketTraces wire = new PacketTraces();
        wire.setPacketId(trace.packetId());
        wire.setDocumentId(trace.documentId());
        wire.setSenderId(trace.senderId());
        trace.recipients().forEach(r -> wire.getRecipient().add(recipientTrace(r)));
        trace.hops().forEach(hop -> wire.getHop().add(hop(hop)));
        wire.setEnvelopeVouchedBy(trace.vouchedBy());
        trace.warnings().forEach(w -> wire.getWarning().add(Faults.problem(w)));
        return wire;
    }

    /** One axis a packet crossed, as the trace and the forwarding header write it. */
    static TraceHeader hop(AxisHop hop) {
        TraceHeader wire = new TraceHeader();
        wire.setAxisId(hop.axisId());
        wire.setPacketId(hop.packetId());
        wire.setTimestamp(time(hop.at()));
        return wire;
    }

    private static RecipientTrace recipientTrace(PacketTrace.RecipientTrace trace) {
        RecipientTrace wire = new RecipientTrace();
        wire.setOrganId(trace.recipientId());
        if (!trace.addressedTo().equals(trace.recipientId())) {
            wire.setAddressedTo(trace.addressedTo());
        }
        wire.setViaPeer(trace.viaPeer());
        wire.setForwardedAs(trace.forwardedAs());
        wire.setState(state(trace.state()));
        trace.events().forEach(change -> {
            TraceEvent event = new TraceEvent();
            event.setState(state(change.state()));
            event.setAt(time(change.at()));
            wire.getEvent().add(event);
        });
        PacketTrace.Business business = trace.business();
        wire.setProgress(
                business.progress() == null ? null : business.progress().code());
        wire.setChangePending(
                business.changePending() == null
                        ? null
                        : business.changePending().name());
        wire.setWithdrawn(business.withdrawn() ? Boolean.TRUE : null);
        business.statuses().forEach(s -> wire.getStatus().add(statusEntry(s)));
        if (trace.push() != null) {
            wire.setPush(push(trace.push()));
        }
        return wire;
    }

    private static PushTrace push(PacketTrace.Push push) {
        PushTrace wire = new PushTrace();
        wire.setState(push.state() == null ? null : push.state().name());
        wire.setAttempts(push.attempts());
        wire.setNextAttemptAt(push.nextAttemptAt() == null ? null : time(push.nextAttemptAt()));
        wire.setLastError(push.lastError());
        return wire;
    }

    private static DeliveryState state(vn.edoc.exchange.DeliveryState state) {
        return DeliveryState.valueOf(state.name());
    }

    private static StatusEntry statusEntry(PacketTrace.StatusEntry entry) {
        StatusEntry wire = new StatusEntry();
        wire.setCode(entry.code().code());
        wire.setDescription(entry.description());
        wire.setStaffName(entry.staffName());
        wire.setReportedAt(
                entry.reportedAt() == null
                        ? null
                        : entry.reportedAt().atZone(VIETNAM).toOffsetDateTime());
        wire.setRecordedAt(time(entry.recordedAt()));
        wire.setStatusPacketId(entry.statusPacketId());
        return wire;
    }

    static OffsetDateTime time(Instant instant) {
        return instant == null ? null : instant.atZone(VIETNAM).toOffsetDateTime();
    }

    static List<Organization> organizations(DirectoryChanges changes) {
        return changes.offices().stream()
                .map(o -> organization(o, changes.sealsOf(o.code())))
                .toList();
    }

    private static Organization organization(OfficeRecord office, List<SealCertificate> seals) {
        Organization wire = new Organization();
        wire.setOrganId(office.code());
        wire.setSecondCode(office.secondCode());
        wire.setOrganName(office.name());
        wire.setKind(office.kind());
        wire.setLevel(office.level());
        wire.setParentId(office.parentCode());
        wire.setOrganizationInCharge(office.contact().organizationInCharge());
        wire.setOrganAdd(office.contact().address());
        wire.setEmail(office.contact().email());
        wire.setTelephone(office.contact().telephone());
        wire.setFax(office.contact().fax());
        wire.setWebsite(office.contact().website());
        wire.setState(OfficeState.valueOf(office.state().name()));
        wire.setValidFrom(office.validFrom());
        wire.setValidTo(office.validTo());
        wire.getSuccessorId().addAll(office.successors());
        wire.setReceives(office.reception().name());
        wire.setSample(office.sample());
        seals.forEach(seal -> {
            vn.edoc.contract.axis.v1.SealCertificate certificate = new vn.edoc.contract.axis.v1.SealCertificate();
            certificate.setSha256(seal.sha256());
            certificate.setSubject(seal.subject());
            certificate.setNotBefore(time(seal.notBefore()));
            certificate.setNotAfter(time(seal.notAfter()));
            wire.getSeal().add(certificate);
        });
        return wire;
    }
}
