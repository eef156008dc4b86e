package io.hvmon.hyperv;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class ReplicationStatusTextTest {

    /** health, state, lag (s, empty = never), interval (s, empty = unknown) → text. */
    @ParameterizedTest(name = "[{index}] {4}")
    @CsvSource(delimiter = '|', nullValues = "", textBlock = """
            1 | 3  | 120    | 300 | Normal: replicating, last replication 2 min ago (interval 5 min)
            1 | 3  | 0      | 30  | Normal: replicating, last replication 0 ms ago (interval 30 s)
            2 | 3  | 2820   | 300 | Warning: last replication 47 min ago, interval 5 min
            1 | 3  | 2820   | 300 | Normal: last replication 47 min ago, interval 5 min
              | 3  | 2820   | 300 | Warning: last replication 47 min ago, interval 5 min
              | 3  | 900    | 300 | Normal: replicating, last replication 15 min ago (interval 5 min)
              | 3  | 901    | 300 | Warning: last replication 15 min ago, interval 5 min
              | 3  | 3600   | 300 | Warning: last replication 60 min ago, interval 5 min
              | 3  | 3601   | 300 | Critical: last replication 60 min ago, interval 5 min
              | 3  | 240    | 30  | Normal: replicating, last replication 4 min ago (interval 30 s)
              | 3  | 301    | 30  | Warning: last replication 5 min ago, interval 30 s
              | 3  | 10801  | 900 | Critical: last replication 3 h ago, interval 15 min
              | 3  | 2820   |     | Warning: last replication 47 min ago
            0   | 3  | 7200   |     | Critical: last replication 2 h ago
            1 | 3  |        | 300 | Normal: replicating, no replication completed yet
              | 3  |        | 300 | Warning: replicating, no replication completed yet
            3 | 7  | 3600   | 300 | Critical: replication suspended
            2 | 7  |        | 300 | Warning: replication suspended
              | 7  |        |     | Critical: replication suspended
            2 | 1  |        | 300 | Warning: waiting for initial replication
              | 2  |        | 300 | Normal: initial replication in progress
            3 | 8  | 60     | 300 | Critical: replication state Critical (8)
              | 8  |        |     | Critical: replication state Critical (8)
              | 9  |        |     | Critical: resynchronization required
            2 | 10 |        |     | Warning: resynchronizing
              | 11 |        |     | Critical: resynchronization suspended
              | 16 |        |     | Critical: replication state Disk update critical (16)
              | 21 |        |     | Warning: replication state Firedrill in progress (21)
            1 | 99 |        |     | Normal: replication state unknown (99)
              |    |        |     | Warning: replication state unknown
              |    | 60     | 300 | Normal: replicating, last replication 60 s ago (interval 5 min)
            9 | 0  |        |     | Warning: replication disabled
            """)
    void describes(Long health, Long state, Long lagSeconds, Long intervalSeconds, String expected) {
        assertThat(ReplicationStatusText.describe(health, state,
                lagSeconds == null ? null : Duration.ofSeconds(lagSeconds),
                intervalSeconds == null ? null : Duration.ofSeconds(intervalSeconds))).isEqualTo(expected);
    }
}
