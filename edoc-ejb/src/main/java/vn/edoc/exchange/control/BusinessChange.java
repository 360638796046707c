package vn.edoc.exchange.control;

import java.util.List;
import java.util.Optional;
import vn.edoc.edxml.model.Business;
import vn.edoc.edxml.model.BusinessDocType;
import vn.edoc.edxml.model.DocumentPacket;
import vn.edoc.edxml.model.Receiver;
import vn.edoc.edxml.model.ReplacementInfo;
import vn.edoc.edxml.model.ResponseFor;

/**
 * What a document packet changes (edxml-spec.md §1d): nothing (0, a new document), or the sender's earlier document
 * named by {@code Bussiness/DocumentId} (for a replacement by {@code ReplacementInfo/DocumentId}; the national SDK's
 * revocation names it in {@code ResponseFor} instead), which it revokes (1), updates (2: recipients added or
 * removed) or replaces (3).
 *
 * @param removedRecipients for an update, the recipients it removes ({@code ReceiverType} 0)
 */
public record BusinessChange(BusinessDocType type, String targetDocumentId, List<String> removedRecipients) {
    public static final BusinessChange NONE = new BusinessChange(BusinessDocType.NEW, null, List.of());

    public BusinessChange {
        removedRecipients = List.copyOf(removedRecipients);
    }

    public static BusinessChange of(DocumentPacket document) {
        Business business = document.traceHeaderList() == null
                ? null
                : document.traceHeaderList().business();
        if (business == null || business.docType() == null || business.docType() == BusinessDocType.NEW) {
            return NONE;
        }
        String target = Optional.ofNullable(business.documentId())
                .or(() -> business.replacements().stream()
                        .map(ReplacementInfo::documentId)
                        .findFirst())
                .or(() -> document.header().responseFor().stream()
                        .map(ResponseFor::documentId)
                        .findFirst())
                .orElse(null);
        List<String> removed = business.documentInfo() == null
                ? List.of()
                : business.documentInfo().receivers().stream()
                        .filter(r -> r.receiverType() == Receiver.REMOVED)
                        .map(Receiver::organId)
                        .toList();
        return new BusinessChange(business.docType(), target, removed);
    }

    /** Whether the packet acts on an earlier document it names. */
    public boolean isChange() {
        return type != BusinessDocType.NEW && targetDocumentId != null;
    }
}
