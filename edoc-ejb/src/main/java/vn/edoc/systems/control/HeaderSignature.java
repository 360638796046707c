package vn.edoc.systems.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The national protocol's request signature, as VNPT's SDK computes it: HMAC-SHA256 keyed with the UTF-8 bytes of the
 * system's secret over the UTF-8 bytes of the {@code XroadVnpt-sign-header} string, written as lower-case hex. It is
 * computed over the string as received, never one rebuilt from the headers (the SDK's key order is a HashMap's), and
 * compared in constant time. The protocol has no timestamp freshness or nonce: the SDK sends the timestamp of the
 * client object's creation on every call, so a server that checked it would refuse every long-lived client.
 */
public final class HeaderSignature {
    private HeaderSignature() {}

    /** The signature of {@code signedText} under {@code secret}, lower-case hex. */
    public static String of(String secret, String signedText) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(signedText.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java platform", e);
        }
    }

    /** Whether {@code hmacHex} (any case) signs {@code signedText} under {@code secret}. */
    public static boolean verifies(String secret, String signedText, String hmacHex) {
        if (secret == null || secret.isEmpty() || signedText == null || hmacHex == null) {
            return false;
        }
        byte[] expected = of(secret, signedText).getBytes(StandardCharsets.US_ASCII);
        byte[] given = hmacHex.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given);
    }
}
