package vn.edoc.systems.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretsTest {
    @Test
    void generatesLongRandomSecretsAndKeepsOnlyTheirDigest() {
        String first = Secrets.generate();
        String second = Secrets.generate();

        assertThat(first).hasSize(43).matches("[A-Za-z0-9_\\-]+").isNotEqualTo(second);
        assertThat(Secrets.digest(first)).hasSize(64).doesNotContain(first);
        assertThat(Secrets.matches(first, Secrets.digest(first))).isTrue();
        assertThat(Secrets.matches(second, Secrets.digest(first))).isFalse();
    }

    @Test
    void matchesNothingWithoutASecretOrADigest() {
        assertThat(Secrets.matches(null, Secrets.digest("x"))).isFalse();
        assertThat(Secrets.matches("x", null)).isFalse();
        assertThat(Secrets.matches("x", "")).isFalse();
    }
}
