package vn.edoc.exchange.boundary;

import vn.edoc.error.EdocException;
import vn.edoc.error.ErrorCode;

/**
 * One recipient's copy of a packet named by one string, for protocols that name a copy rather than a packet and an
 * office (the national protocol's {@code docId}): {@code packetId~recipientCode}. It says nothing a caller could not
 * see already, and every use checks that the caller acts for the recipient.
 */
public record CopyId(String packetId, String recipientId) {
    private static final char SEPARATOR = '~';
    private static final int MAX_LENGTH = 36 + 1 + 35;

    /** The copy a {@link #text()} names; PACKET_NOT_FOUND (at {@code path}) for anything else. */
    public static CopyId parse(String text, String path) {
        String value = text == null ? "" : text.strip();
        int separator = value.indexOf(SEPARATOR);
        if (value.length() > MAX_LENGTH || separator < 1 || separator == value.length() - 1) {
            throw new EdocException(ErrorCode.PACKET_NOT_FOUND, path, value, "-");
        }
        return new CopyId(value.substring(0, separator), value.substring(separator + 1));
    }

    public String text() {
        return packetId + SEPARATOR + recipientId;
    }
}
