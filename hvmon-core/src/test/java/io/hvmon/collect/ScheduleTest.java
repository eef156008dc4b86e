package io.hvmon.collect;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScheduleTest {

    private final Schedule schedule = new Schedule(Duration.ofSeconds(10), Duration.ofSeconds(5));

    @Test
    void afterASuccessTheIntervalExactly() {
        assertThat(schedule.delayAfter(0, new SplittableRandom(1))).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void backoffDoublesWithJitterAndIsCapped() {
        SplittableRandom random = new SplittableRandom(7);
        for (int failures = 1; failures <= 10; failures++) {
            long factor = Math.min(1L << (failures - 1), Schedule.MAX_BACKOFF_FACTOR);
            for (int i = 0; i < 50; i++) {
                Duration delay = schedule.delayAfter(failures, random);
                assertThat(delay).isBetween(Duration.ofMillis(8_000 * factor), Duration.ofMillis(12_000 * factor));
            }
        }
    }

    @Test
    void jitterSpreadsHostsFailingTogether() {
        SplittableRandom random = new SplittableRandom(3);
        long distinct = java.util.stream.IntStream.range(0, 20)
                .mapToObj(i -> schedule.delayAfter(2, random)).distinct().count();
        assertThat(distinct).isGreaterThan(10);
    }

    @Test
    void refusesNonPositiveDurations() {
        assertThatThrownBy(() -> new Schedule(Duration.ZERO, Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Schedule(Duration.ofSeconds(1), Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
    }
}
