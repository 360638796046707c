package vn.edoc.systems.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** A VXP system's secret, sealed: opens for its own row under its own key, for nothing else. */
class SecretSealerTest {
    private static final byte[] KEY = new byte[32];
    private static final byte[] OTHER_KEY = new byte[32];

    static {
        Arrays.fill(KEY, (byte) 7);
        Arrays.fill(OTHER_KEY, (byte) 9);
    }

    private final SecretSealer sealer = new SecretSealer(KEY);

    @Test
    void aSealedSecretOpensForItsSystemAndHidesTheSecret() {
        String sealed = sealer.seal("qlvb-so-noi-vu", "local-test-secret");

        assertThat(sealed).startsWith("v1:").doesNotContain("local-test-secret");
        assertThat(sealer.open("qlvb-so-noi-vu", sealed)).contains("local-test-secret");
    }

    @Test
    void eachSealIsDifferentThoughTheSecretIsTheSame() {
        assertThat(sealer.seal("a", "same-secret-1234")).isNotEqualTo(sealer.seal("a", "same-secret-1234"));
    }

    @Test
    void aSealCopiedToAnotherSystemAnotherKeyOrChangedDoesNotOpen() {
        String sealed = sealer.seal("qlvb-so-noi-vu", "local-test-secret");
        char last = sealed.charAt(sealed.length() - 2);
        String changed = sealed.substring(0, sealed.length() - 2)
                + (last == 'A' ? 'B' : 'A')
                + sealed.charAt(sealed.length() - 1);

        assertThat(sealer.open("qlvb-so-tai-chinh", sealed)).isEmpty();
        assertThat(new SecretSealer(OTHER_KEY).open("qlvb-so-noi-vu", sealed)).isEmpty();
        assertThat(sealer.open("qlvb-so-noi-vu", changed)).isEmpty();
        assertThat(sealer.open("qlvb-so-noi-vu", "v1:not base64!")).isEmpty();
        assertThat(sealer.open("qlvb-so-noi-vu", "v1:")).isEmpty();
        assertThat(sealer.open("qlvb-so-noi-vu", null)).isEmpty();
    }
}
