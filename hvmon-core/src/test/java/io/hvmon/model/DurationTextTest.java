package io.hvmon.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class DurationTextTest {

    @ParameterizedTest
    @CsvSource({"0,0 ms", "250,250 ms", "1000,1 s", "119999,119 s", "120000,2 min", "2820000,47 min",
            "7200000,2 h", "11100000,3 h 5 min", "172800000,2 d"})
    void words(long millis, String expected) {
        assertThat(DurationText.of(Duration.ofMillis(millis))).isEqualTo(expected);
    }
}
