package vn.edoc.edxml.model;

import java.util.List;

/** A document a replacement (type 3) supersedes, and the offices concerned. */
public record ReplacementInfo(String documentId, List<String> organIds) {
    public ReplacementInfo {
        organIds = List.copyOf(organIds);
    }
}
