package io.hvmon.cim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CimDateTimesTest {

    // ---- DMTF datetime ----

    @Test
    void parsesDmtfDateTimeWithNegativeOffsetInMinutes() {
        assertThat(CimDateTimes.parseDmtfDateTime("20130429114311.203125-420"))
                .isEqualTo(OffsetDateTime.of(2013, 4, 29, 11, 43, 11, 203_125_000, ZoneOffset.ofHours(-7)));
    }

    @Test
    void parsesDmtfDateTimeInUtcAndPositiveOffsets() {
        assertThat(CimDateTimes.parseDmtfDateTime("20210812010637.138068-000"))
                .isEqualTo(OffsetDateTime.of(2021, 8, 12, 1, 6, 37, 138_068_000, ZoneOffset.UTC));
        assertThat(CimDateTimes.parseDmtfDateTime("20210812010637.138068+330").getOffset())
                .isEqualTo(ZoneOffset.ofHoursMinutes(5, 30));
        assertThat(CimDateTimes.parseDmtfDateTime(" 20210812010637.000000+000 \n").getYear()).isEqualTo(2021);
    }

    @ParameterizedTest
    @ValueSource(strings = {"20210812010637.138068-000", "20130429114311.203125-420", "16010101000000.000000-000",
            "20240229235959.999999+060", "99991231235959.000001-999"})
    void dmtfDateTimeRoundTrips(String text) {
        assertThat(CimDateTimes.formatDmtfDateTime(CimDateTimes.parseDmtfDateTime(text))).isEqualTo(text);
    }

    @Test
    void formattingDmtfDropsDigitsBelowTheMicrosecond() {
        OffsetDateTime t = OffsetDateTime.of(2020, 1, 2, 3, 4, 5, 123_456_789, ZoneOffset.ofHours(2));
        assertThat(CimDateTimes.formatDmtfDateTime(t)).isEqualTo("20200102030405.123456+120");
    }

    @Test
    void formattingDmtfRefusesWhatTheFormCannotHold() {
        assertThatThrownBy(() -> CimDateTimes.formatDmtfDateTime(
                OffsetDateTime.of(10000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0000-9999");
        assertThatThrownBy(() -> CimDateTimes.formatDmtfDateTime(
                OffsetDateTime.of(2020, 1, 1, 0, 0, 0, 0, ZoneOffset.ofTotalSeconds(3601))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("whole minutes");
        assertThatThrownBy(() -> CimDateTimes.formatDmtfDateTime(
                OffsetDateTime.of(2020, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(17))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("999 minutes");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2013042911431.203125-420", "20130429114311.20312-420", "20130429114311.203125*420",
            "20130429114311,203125-420", "2013-04-29T11:43:11Z", "20130429114311.203125-42a",
            "00000000183000.000000:000"})
    void malformedDmtfDateTimeIsRefusedWithTheTextAndTheForm(String text) {
        assertThatThrownBy(() -> CimDateTimes.parseDmtfDateTime(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + text + "'")
                .hasMessageContaining("yyyymmddHHMMSS.mmmmmmsUUU");
    }

    @ParameterizedTest
    @ValueSource(strings = {"20131329114311.203125-420", "20130230114311.203125-420", "20130429254311.203125-420",
            "20130429116011.203125-420"})
    void impossibleDmtfDateIsRefused(String text) {
        assertThatThrownBy(() -> CimDateTimes.parseDmtfDateTime(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + text + "'")
                .hasMessageContaining("yyyymmddHHMMSS.mmmmmmsUUU");
    }

    @Test
    void wildcardFieldsAreRefusedClearly() {
        assertThatThrownBy(() -> CimDateTimes.parseDmtfDateTime("********114311.******+***"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'********114311.******+***'")
                .hasMessageContaining("wildcard");
        assertThatThrownBy(() -> CimDateTimes.parseDmtfInterval("********183000.000000:000"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("wildcard");
    }

    @Test
    void nullIsRefusedWithTheExpectedForm() {
        assertThatThrownBy(() -> CimDateTimes.parseDmtfDateTime(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("yyyymmddHHMMSS");
        assertThatThrownBy(() -> CimDateTimes.parseXsDuration(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("xs:duration");
    }

    // ---- DMTF interval ----

    @Test
    void parsesDmtfInterval() {
        assertThat(CimDateTimes.parseDmtfInterval("00000000183000.000000:000")).isEqualTo(Duration.ofMinutes(18 * 60 + 30));
        assertThat(CimDateTimes.parseDmtfInterval("00000012010203.000450:000"))
                .isEqualTo(Duration.ofDays(12).plusHours(1).plusMinutes(2).plusSeconds(3).plusNanos(450_000));
        assertThat(CimDateTimes.parseDmtfInterval("00000000000000.000000:000")).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"00000000183000.000000:000", "00000012010203.000450:000", "99999999235959.999999:000",
            "00000000000000.000000:000"})
    void dmtfIntervalRoundTrips(String text) {
        assertThat(CimDateTimes.formatDmtfInterval(CimDateTimes.parseDmtfInterval(text))).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"00000000183000.000000:001", "00000000183000.000000+000", "0000000183000.000000:000",
            "00000000243000.000000:000", "00000000186000.000000:000", "P0DT18H30M0S"})
    void malformedDmtfIntervalIsRefused(String text) {
        assertThatThrownBy(() -> CimDateTimes.parseDmtfInterval(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + text + "'")
                .hasMessageContaining("ddddddddHHMMSS.mmmmmm:000");
    }

    @Test
    void formattingAnIntervalRefusesNegativeAndTooLong() {
        assertThatThrownBy(() -> CimDateTimes.formatDmtfInterval(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CimDateTimes.formatDmtfInterval(Duration.ofDays(100_000_000)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void parseDmtfTellsTimestampsFromIntervals() {
        assertThat(CimDateTimes.parseDmtf("00000000183000.000000:000")).isEqualTo(Duration.ofMinutes(1110));
        assertThat(CimDateTimes.parseDmtf("20130429114311.203125-420")).isInstanceOf(OffsetDateTime.class);
    }

    // ---- xs:dateTime ----

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            2013-04-29T11:43:11.203125-07:00, 2013-04-29T11:43:11.203125-07:00
            2013-04-15T16:28:43.488171Z,      2013-04-15T16:28:43.488171Z
            2013-04-15T16:28:43Z,             2013-04-15T16:28:43Z
            2013-04-15T16:28:43+00:00,        2013-04-15T16:28:43Z
            2013-04-15T16:28:43.5+05:30,      2013-04-15T16:28:43.5+05:30
            2013-04-15T16:28:43.123456789Z,   2013-04-15T16:28:43.123456789Z
            2013-04-15t16:28:43z,             2013-04-15T16:28:43Z
            2013-04-15T16:28:43,              2013-04-15T16:28:43Z
            2013-04-15T24:00:00Z,             2013-04-16T00:00Z
            1601-01-01T00:00:00Z,             1601-01-01T00:00Z
            """)
    void parsesXsDateTimeLeniently(String text, String expectedIso) {
        assertThat(CimDateTimes.parseXsDateTime(text)).isEqualTo(OffsetDateTime.parse(expectedIso));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2013-04-29T11:43:11.203125-07:00", "2013-04-15T16:28:43.488171Z", "2013-04-15T16:28:00Z",
            "2013-04-15T16:28:43.5+05:30"})
    void xsDateTimeRoundTrips(String text) {
        assertThat(CimDateTimes.formatXsDateTime(CimDateTimes.parseXsDateTime(text))).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2013-04-29", "2013-04-29 11:43:11Z", "2013-04-29T11:43Z", "2013-04-29T11:43:11.Z",
            "2013-04-29T11:43:11.1234567890Z", "2013-04-29T11:43:11+0700", "2013-13-29T11:43:11Z",
            "2013-04-29T25:00:00Z", "2013-04-29T24:00:01Z", "2013-04-29T11:43:11+19:00", "20130429114311.203125-420"})
    void malformedXsDateTimeIsRefused(String text) {
        assertThatThrownBy(() -> CimDateTimes.parseXsDateTime(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + text + "'")
                .hasMessageContaining("xs:dateTime");
    }

    // ---- xs:duration ----

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            P1DT2H3M4.5S,      PT26H3M4.5S
            PT0S,              PT0S
            P0DT0H1M40S,       PT1M40S
            P0DT18H30M0S,      PT18H30M
            P3D,               PT72H
            PT60.000S,         PT1M
            PT0.000000001S,    PT0.000000001S
            P0Y0M2DT1H,        PT49H
            -P1DT1S,           -PT24H1S
            ' PT5M ',          PT5M
            """)
    void parsesXsDuration(String text, String expectedJava) {
        assertThat(CimDateTimes.parseXsDuration(text)).isEqualTo(Duration.parse(expectedJava));
    }

    @ParameterizedTest
    @ValueSource(strings = {"P0DT0H1M40S", "P1DT2H3M4.5S", "P0DT0H0M0S", "P12DT0H0M0.000001S", "P0DT23H59M59.123456789S"})
    void xsDurationRoundTripsInTheWindowsShape(String text) {
        assertThat(CimDateTimes.formatXsDuration(CimDateTimes.parseXsDuration(text))).isEqualTo(text);
    }

    @Test
    void formatsXsDurationWithEveryField() {
        assertThat(CimDateTimes.formatXsDuration(Duration.ZERO)).isEqualTo("P0DT0H0M0S");
        assertThat(CimDateTimes.formatXsDuration(Duration.ofMillis(1500))).isEqualTo("P0DT0H0M1.5S");
        assertThatThrownBy(() -> CimDateTimes.formatXsDuration(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "P", "PT", "P1DT", "1D", "P1H", "PT1D", "P1.5D", "PT1.S", "PT1.1234567890S",
            "P1Y", "P2M", "PT-1S", "pt1s", "P99999999999999999999D"})
    void malformedXsDurationIsRefused(String text) {
        assertThatThrownBy(() -> CimDateTimes.parseXsDuration(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + text + "'")
                .hasMessageContaining("xs:duration");
    }

    // ---- never ----

    @Test
    void theFiletimeEpochIsNever() {
        assertThat(CimDateTimes.isNever(CimDateTimes.parseDmtfDateTime("16010101000000.000000-000"))).isTrue();
        assertThat(CimDateTimes.isNever(CimDateTimes.parseXsDateTime("1601-01-01T00:00:00Z"))).isTrue();
        // The same instant written in another offset.
        assertThat(CimDateTimes.isNever(OffsetDateTime.parse("1600-12-31T17:00:00-07:00"))).isTrue();
        assertThat(CimDateTimes.isNever(OffsetDateTime.parse("1601-12-31T23:59:59.999Z"))).isTrue();
    }

    @Test
    void realDatesAreNotNever() {
        assertThat(CimDateTimes.isNever(OffsetDateTime.parse("1602-01-01T00:00:00Z"))).isFalse();
        assertThat(CimDateTimes.isNever(CimDateTimes.parseDmtfDateTime("20210812010637.138068-000"))).isFalse();
        assertThat(CimDateTimes.isNever(null)).isFalse();
    }
}
