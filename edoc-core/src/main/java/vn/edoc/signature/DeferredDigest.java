package vn.edoc.signature;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import org.apache.xml.security.algorithms.MessageDigestAlgorithm;

/**
 * The digest of one reference's canonical bytes, computed as they stream by. Its algorithm is named inside the
 * signature ({@code DigestMethod}), which a packet carries in its header, so the canonical bytes before it (a few
 * kilobytes) are held until then; a packet that has not named it after {@link #MAX_HELD} bytes gets no digest (its
 * signature is not where it belongs, and fails).
 */
final class DeferredDigest extends OutputStream {
    static final int MAX_HELD = 8 * 1024 * 1024;
    private static final Map<String, String> JCA_NAMES = Map.of(
            MessageDigestAlgorithm.ALGO_ID_DIGEST_SHA256, "SHA-256",
            MessageDigestAlgorithm.ALGO_ID_DIGEST_SHA384, "SHA-384",
            MessageDigestAlgorithm.ALGO_ID_DIGEST_SHA512, "SHA-512");

    /**
     * The canonicaliser writes a few bytes at a time; a digest's update has a cost per call, so they are gathered here
     * first (the load benchmark's profile found the per-call cost at about a tenth of the axis's CPU).
     */
    private final byte[] pending = new byte[8192];

    private int pendingLength;
    private ByteArrayOutputStream held = new ByteArrayOutputStream();
    private MessageDigest digest;
    private boolean overflowed;

    /** Names the algorithm (a URI of XML-DSig); the first one named counts. Unknown ones give no digest. */
    void use(String algorithmUri) {
        if (digest != null || held == null) {
            return;
        }
        drain();
        String name = JCA_NAMES.get(algorithmUri);
        if (name == null) {
            held = null;
            return;
        }
        try {
            digest = MessageDigest.getInstance(name);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(name + " is part of every Java platform", e);
        }
        digest.update(held.toByteArray());
        held = null;
    }

    @Override
    public void write(int b) {
        if (pendingLength == pending.length) {
            drain();
        }
        pending[pendingLength++] = (byte) b;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
        if (length > pending.length - pendingLength) {
            drain();
        }
        if (length >= pending.length) {
            accept(bytes, offset, length);
        } else {
            System.arraycopy(bytes, offset, pending, pendingLength, length);
            pendingLength += length;
        }
    }

    private void drain() {
        accept(pending, 0, pendingLength);
        pendingLength = 0;
    }

    private void accept(byte[] bytes, int offset, int length) {
        if (digest != null) {
            digest.update(bytes, offset, length);
        } else if (held != null) {
            if (held.size() + length > MAX_HELD) {
                overflowed = true;
                held = null;
            } else {
                held.write(bytes, offset, length);
            }
        }
    }

    /** The digest of everything written, or null when no known algorithm was named in time. */
    byte[] value() {
        drain();
        return digest == null || overflowed ? null : digest.digest();
    }
}
