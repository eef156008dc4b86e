package io.hvmon.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StatsTest {

    @Test
    void oddCountTakesTheMiddleValueWhateverTheOrder() {
        Stats s = Stats.of(9.0, 1.0, 5.0);
        assertThat(s.median()).isEqualTo(5.0);
        assertThat(s.min()).isEqualTo(1.0);
        assertThat(s.max()).isEqualTo(9.0);
        assertThat(s.count()).isEqualTo(3);
    }

    @Test
    void evenCountAveragesTheMiddleTwo() {
        assertThat(Stats.of(4L, 1L, 3L, 2L).median()).isEqualTo(2.5);
    }

    @Test
    void oneValueIsItsOwnMedianAndTheInputIsNotReordered() {
        double[] values = {3.0, 1.0};
        assertThat(Stats.of(7.0).median()).isEqualTo(7.0);
        Stats.of(values);
        assertThat(values).containsExactly(3.0, 1.0);
    }

    @Test
    void noValuesIsAnError() {
        assertThatThrownBy(Stats::of).isInstanceOf(IllegalArgumentException.class);
    }
}
