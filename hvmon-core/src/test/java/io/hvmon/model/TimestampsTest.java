package io.hvmon.model;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class TimestampsTest {

    @Test
    void zeroSecondsAndZeroFractionAreWrittenOut() {
        assertThat(Timestamps.format(Instant.parse("2026-11-30T00:00:00Z"))).isEqualTo("2026-11-30T00:00:00.000Z");
    }

    @Test
    void everyPrecisionBecomesExactlyMillisecondsCutNotRounded() {
        assertThat(Timestamps.format(Instant.parse("2026-11-30T23:59:59.999999999Z"))).isEqualTo("2026-11-30T23:59:59.999Z");
        assertThat(Timestamps.format(Instant.parse("2026-11-30T10:15:30.5Z"))).isEqualTo("2026-11-30T10:15:30.500Z");
        assertThat(Timestamps.format(Instant.parse("2026-11-30T10:15:30.123456Z"))).isEqualTo("2026-11-30T10:15:30.123Z");
    }

    @Test
    void anOffsetIsConvertedToUtc() {
        assertThat(Timestamps.format(OffsetDateTime.parse("2026-12-01T01:30+02:00"))).isEqualTo("2026-11-30T23:30:00.000Z");
        assertThat(Timestamps.format(OffsetDateTime.parse("2026-11-30T19:00-05:00"))).isEqualTo("2026-12-01T00:00:00.000Z");
    }

    @Test
    void theOutputMatchesThePatternAndParsesBack() {
        Instant at = Instant.parse("2026-01-02T03:04:05.678Z");
        String text = Timestamps.format(at);
        assertThat(text).matches(Timestamps.PATTERN);
        assertThat(Instant.parse(text)).isEqualTo(at);
    }
}
