package vn.edoc.exchange.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {
    private static final RetrySchedule SCHEDULE =
            new RetrySchedule(6, Duration.ofSeconds(30), Duration.ofMinutes(5), 0.5);

    @Test
    void withoutJitterTheDelayDoublesUpToTheCap() {
        RetrySchedule exact = new RetrySchedule(8, Duration.ofSeconds(30), Duration.ofMinutes(5), 0);
        assertThat(IntStream.rangeClosed(1, 7)
                        .mapToObj(n ->
                                exact.delayAfter(n, () -> 0.9).orElseThrow().toSeconds())
                        .toList())
                .containsExactly(30L, 60L, 120L, 240L, 300L, 300L, 300L);
    }

    @Test
    void jitterShortensEachDelayByUpToItsFraction() {
        assertThat(SCHEDULE.delayAfter(2, () -> 0.0)).contains(Duration.ofSeconds(60));
        assertThat(SCHEDULE.delayAfter(2, () -> 0.5)).contains(Duration.ofSeconds(45));
        Random random = new Random(7);
        for (int i = 0; i < 1000; i++) {
            Duration delay = SCHEDULE.delayAfter(3, random::nextDouble).orElseThrow();
            assertThat(delay).isBetween(Duration.ofSeconds(60), Duration.ofSeconds(120));
        }
    }

    @Test
    void jitterSpreadsTheRetriesOfManyCopies() {
        Random random = new Random(11);
        long distinctSeconds = IntStream.range(0, 200)
                .mapToLong(i ->
                        SCHEDULE.delayAfter(4, random::nextDouble).orElseThrow().toSeconds())
                .distinct()
                .count();
        assertThat(distinctSeconds).isGreaterThan(50);
    }

    @Test
    void afterTheLastTryThereIsNone() {
        assertThat(SCHEDULE.delayAfter(5, () -> 0.3)).isPresent();
        assertThat(SCHEDULE.delayAfter(6, () -> 0.3)).isEmpty();
        assertThat(new RetrySchedule(1, Duration.ofSeconds(1), Duration.ofSeconds(1), 0).delayAfter(1, () -> 0))
                .isEmpty();
    }

    @Test
    void aVeryLongScheduleDoesNotOverflow() {
        RetrySchedule longOne = new RetrySchedule(500, Duration.ofSeconds(1), Duration.ofHours(6), 0);
        assertThat(longOne.delayAfter(400, () -> 0)).contains(Duration.ofHours(6));
    }

    @Test
    void nonsenseSchedulesAreRefused() {
        assertThatThrownBy(() -> new RetrySchedule(0, Duration.ofSeconds(1), Duration.ofSeconds(2), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetrySchedule(3, Duration.ofSeconds(5), Duration.ofSeconds(2), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetrySchedule(3, Duration.ofSeconds(1), Duration.ofSeconds(2), 1.5))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
