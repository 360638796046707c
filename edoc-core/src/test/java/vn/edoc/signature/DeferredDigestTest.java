package vn.edoc.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.util.SplittableRandom;
import org.apache.xml.security.algorithms.MessageDigestAlgorithm;
import org.junit.jupiter.api.Test;

class DeferredDigestTest {
    private final byte[] bytes = random(100_000);

    @Test
    void bytesBeforeAndAfterTheAlgorithmIsNamedAreDigestedInOrder() throws Exception {
        DeferredDigest digest = new DeferredDigest();
        int position = writeMixed(digest, 0, 3_000);
        digest.use(MessageDigestAlgorithm.ALGO_ID_DIGEST_SHA256);
        writeMixed(digest, position, bytes.length);

        assertThat(digest.value())
                .isEqualTo(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void anAlgorithmNamedTwiceKeepsTheFirst() throws Exception {
        DeferredDigest digest = new DeferredDigest();
        digest.use(MessageDigestAlgorithm.ALGO_ID_DIGEST_SHA512);
        digest.use(MessageDigestAlgorithm.ALGO_ID_DIGEST_SHA256);
        writeMixed(digest, 0, bytes.length);

        assertThat(digest.value())
                .isEqualTo(MessageDigest.getInstance("SHA-512").digest(bytes));
    }

    @Test
    void anUnknownAlgorithmGivesNoDigest() {
        DeferredDigest digest = new DeferredDigest();
        digest.use("http://www.w3.org/2000/09/xmldsig#md5-unknown");
        writeMixed(digest, 0, bytes.length);

        assertThat(digest.value()).isNull();
    }

    @Test
    void tooMuchBeforeTheAlgorithmGivesNoDigest() {
        DeferredDigest digest = new DeferredDigest();
        byte[] block = new byte[1 << 20];
        for (int i = 0; i <= DeferredDigest.MAX_HELD / block.length; i++) {
            digest.write(block, 0, block.length);
        }
        digest.use(MessageDigestAlgorithm.ALGO_ID_DIGEST_SHA256);

        assertThat(digest.value()).isNull();
    }

    /** Single bytes, small runs and runs longer than any buffer, as a canonicaliser writes them. */
    private int writeMixed(DeferredDigest digest, int from, int to) {
        SplittableRandom sizes = new SplittableRandom(from);
        int position = from;
        while (position < to) {
            int size = Math.min(to - position, sizes.nextInt(4) == 0 ? 1 : sizes.nextInt(1, 20_000));
            if (size == 1) {
                digest.write(bytes[position]);
            } else {
                digest.write(bytes, position, size);
            }
            position += size;
        }
        return position;
    }

    private static byte[] random(int size) {
        byte[] bytes = new byte[size];
        new SplittableRandom(7).nextBytes(bytes);
        return bytes;
    }
}
