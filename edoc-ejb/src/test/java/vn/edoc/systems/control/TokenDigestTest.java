package vn.edoc.systems.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class TokenDigestTest {
    private static final String NONCE = "LKqI6G/AikKCQrN0zqZFlg==";
    private static final Duration WINDOW = Duration.ofMinutes(5);
    private static final Duration SKEW = Duration.ofMinutes(1);
    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    @Test
    void aDigestOfTheSecretWithThisNonceAndTimeMatches() {
        // computed apart, with Python's hashlib: b64(sha1(nonce + created + secret.encode('utf-8')))
        byte[] nonce = TokenDigest.nonce(NONCE).orElseThrow();

        assertThat(TokenDigest.matches("khóa-bí-mật", nonce, "2026-12-06T10:00:00Z", "+AFCGnAI0zhfJ3fJpBzTb7wgHbk="))
                .isTrue();
    }

    @Test
    void aDigestOfAnotherSecretTimeOrNonceDoesNotMatch() {
        byte[] nonce = TokenDigest.nonce(NONCE).orElseThrow();
        String digest = "+AFCGnAI0zhfJ3fJpBzTb7wgHbk=";

        assertThat(TokenDigest.matches("khoa-bi-mat", nonce, "2026-12-06T10:00:00Z", digest))
                .isFalse();
        assertThat(TokenDigest.matches("khóa-bí-mật", nonce, "2026-12-06T10:00:01Z", digest))
                .isFalse();
        assertThat(TokenDigest.matches("khóa-bí-mật", new byte[16], "2026-12-06T10:00:00Z", digest))
                .isFalse();
        assertThat(TokenDigest.matches("khóa-bí-mật", nonce, "2026-12-06T10:00:00Z", "not base64!"))
                .isFalse();
    }

    @Test
    void aNonceMustBeBase64OfEightToSixtyFourBytes() {
        assertThat(TokenDigest.nonce(Base64.getEncoder().encodeToString(new byte[8])))
                .isPresent();
        assertThat(TokenDigest.nonce(Base64.getEncoder().encodeToString(new byte[7])))
                .isEmpty();
        assertThat(TokenDigest.nonce(Base64.getEncoder().encodeToString(new byte[65])))
                .isEmpty();
        assertThat(TokenDigest.nonce("%%%")).isEmpty();
        assertThat(TokenDigest.nonce(null)).isEmpty();
    }

    @Test
    void createdIsADateTimeWithAZone() {
        assertThat(TokenDigest.created("2026-12-06T17:00:00+07:00")).contains(NOW);
        assertThat(TokenDigest.created("2026-12-06T10:00:00.123Z")).isPresent();
        assertThat(TokenDigest.created("2026-12-06T10:00:00")).isEmpty();
        assertThat(TokenDigest.created("06/12/2026")).isEmpty();
    }

    @Test
    void aTokenIsFreshFromTheWindowAgoUpToTheSkewAhead() {
        assertThat(TokenDigest.withinWindow(NOW.minus(WINDOW), NOW, WINDOW, SKEW))
                .isTrue();
        assertThat(TokenDigest.withinWindow(NOW.plus(SKEW), NOW, WINDOW, SKEW)).isTrue();
        assertThat(TokenDigest.withinWindow(NOW.minus(WINDOW).minusMillis(1), NOW, WINDOW, SKEW))
                .isFalse();
        assertThat(TokenDigest.withinWindow(NOW.plus(SKEW).plusMillis(1), NOW, WINDOW, SKEW))
                .isFalse();
    }
}
