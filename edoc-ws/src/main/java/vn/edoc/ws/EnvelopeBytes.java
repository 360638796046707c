package vn.edoc.ws;

/**
 * Screens the bytes of a UTF-8 SOAP envelope as they stream by for what the XML parser turns into a bare server
 * error, before it gets there: a document type declaration in the prolog (SOAP 1.1 and 1.2 forbid a DTD in a message;
 * the parser would read its internal subset) and a NUL byte (U+0000 is not a character of XML 1.0, and in UTF-8 no
 * other character contains the byte 0). One pass, a few bytes of state, any split of the stream into reads.
 */
final class EnvelopeBytes {
    private static final int PAST_PROLOG = -1;
    private static final int IN_PROLOG = 0;
    private static final int AFTER_LT = 1;
    private static final int AFTER_LT_BANG = 2;

    private int prolog = IN_PROLOG;

    /** The first problem in {@code bytes[offset, offset + length)}, or null. */
    String problem(byte[] bytes, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            int c = bytes[i] & 0xFF;
            if (c == 0) {
                return "U+0000 (NUL)";
            }
            if (prolog != PAST_PROLOG && startsDtd(c)) {
                return "DTD (<!DOCTYPE …>)";
            }
        }
        return null;
    }

    /** Follows the prolog (declarations, processing instructions, comments) until the root element starts. */
    private boolean startsDtd(int c) {
        switch (prolog) {
            case IN_PROLOG -> prolog = c == '<' ? AFTER_LT : IN_PROLOG;
            case AFTER_LT -> prolog = c == '!' ? AFTER_LT_BANG : c == '?' ? IN_PROLOG : PAST_PROLOG;
            case AFTER_LT_BANG -> {
                if (c == 'D') {
                    return true;
                }
                prolog = IN_PROLOG; // a comment: the prolog goes on after it
            }
            default -> {
                // past the prolog: nothing more to follow
            }
        }
        return false;
    }
}
