package vn.edoc.audit.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import vn.edoc.edxml.Sha256;

/**
 * The hash of an audit entry: SHA-256 over the previous entry's hash and every field of this one, each written with
 * its length so that no two different entries encode alike ({@code "ab","c"} is not {@code "a","bc"}).
 */
public final class AuditHash {
    /** The previous hash of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private AuditHash() {}

    public static String of(
            String previousHash, long seq, Instant at, String actor, String action, String subject, String detail) {
        MessageDigest digest = Sha256.newDigest();
        for (String field :
                new String[] {previousHash, Long.toString(seq), at.toString(), actor, action, subject, detail}) {
            if (field == null) {
                digest.update("-1:".getBytes(StandardCharsets.UTF_8));
            } else {
                byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
                digest.update((bytes.length + ":").getBytes(StandardCharsets.UTF_8));
                digest.update(bytes);
            }
        }
        return Sha256.hex(digest);
    }
}
