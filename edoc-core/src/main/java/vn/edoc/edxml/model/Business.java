package vn.edoc.edxml.model;

import java.util.List;

/**
 * The business block of the trace list ({@code Bussiness} on the wire).
 *
 * @param documentId the earlier document a revocation or update acts on, or {@code null}
 * @param paper 1 when a paper copy accompanies the electronic document, 0 when not, {@code null} when not said
 */
public record Business(
        String documentId,
        BusinessDocType docType,
        String reason,
        Integer paper,
        BusinessDocumentInfo documentInfo,
        List<ReplacementInfo> replacements,
        StaffInfo staffInfo) {
    public Business {
        replacements = List.copyOf(replacements);
    }
}
