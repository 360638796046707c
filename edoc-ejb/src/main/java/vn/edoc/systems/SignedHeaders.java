package vn.edoc.systems;

/**
 * What a call on the national protocol (VXP) presents to prove who makes it: the {@code XroadVnpt-systemid}, the
 * signed header string exactly as received ({@code XroadVnpt-sign-header}) and its HMAC-SHA256 in hexadecimal
 * ({@code XroadVnpt-hash-header}). Any of them may be missing.
 */
public record SignedHeaders(String systemId, String signedText, String hmacHex) {
    @Override
    public String toString() {
        return "SignedHeaders[systemId=" + systemId + "]";
    }
}
