package vn.edoc.edxml.model;

import java.util.List;

/**
 * What an update (type 2) changes: {@code documentInfo} and {@code documentReceiver} are the flags the SDK writes
 * ("1": the data, the recipient list changed), {@code receivers} the recipients added or removed.
 */
public record BusinessDocumentInfo(String documentInfo, String documentReceiver, List<Receiver> receivers) {
    public BusinessDocumentInfo {
        receivers = List.copyOf(receivers);
    }
}
