package io.hvmon.app.view;

import com.fasterxml.jackson.jr.ob.JSON;
import io.hvmon.cim.CimInstance;
import io.hvmon.cim.CimProperty;
import io.hvmon.cim.CimType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code hvmon query}'s rows: datetimes as RFC 3339 UTC with milliseconds, intervals as ISO-8601 durations. */
class InstanceViewTest {

    @Test
    void datetimesWithAnOffsetAreWrittenInUtcAndIntervalsAsDurations() throws Exception {
        CimInstance os = new CimInstance("Win32_OperatingSystem", List.of(
                CimProperty.scalar("LastBootUpTime", CimType.DATETIME, OffsetDateTime.parse("2026-12-01T01:30+02:00")),
                CimProperty.array("Times", CimType.DATETIME, List.of(OffsetDateTime.parse("2026-11-30T08:00:00.123456-05:00"))),
                CimProperty.scalar("Interval", CimType.DATETIME, Duration.ofMinutes(90))));

        List<Object> rows = JSON.std.listFrom(InstanceView.rows(List.of(os)));

        Map<?, ?> row = (Map<?, ?>) rows.getFirst();
        assertThat(row.get("LastBootUpTime")).isEqualTo("2026-11-30T23:30:00.000Z");
        assertThat(row.get("Times")).isEqualTo(List.of("2026-11-30T13:00:00.123Z"));
        assertThat(row.get("Interval")).isEqualTo("PT1H30M");
    }
}
