package vn.edoc.ws.vxp;

import java.util.HexFormat;
import java.util.Locale;

/**
 * The SDK's {@code hash-file}: SHA-256 of the file with each byte written by {@code Integer.toHexString(b & 0xFF)},
 * so without zero padding and of varying length. Standard 64-digit hex from other clients is taken as well.
 */
final class HashFile {
    private HashFile() {}

    /** The SDK's unpadded form of a digest. */
    static String unpadded(byte[] digest) {
        StringBuilder hex = new StringBuilder(64);
        for (byte b : digest) {
            hex.append(Integer.toHexString(b & 0xFF));
        }
        return hex.toString();
    }

    /** Whether {@code given} names the file whose SHA-256 is {@code sha256Hex} (64 hex digits). */
    static boolean matches(String given, String sha256Hex) {
        if (given == null) {
            return false;
        }
        String value = given.strip().toLowerCase(Locale.ROOT);
        return value.equals(sha256Hex) || value.equals(unpadded(HexFormat.of().parseHex(sha256Hex)));
    }
}
