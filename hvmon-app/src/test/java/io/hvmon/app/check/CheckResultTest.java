package io.hvmon.app.check;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The status line and perfdata as Nagios and Icinga parse them. */
class CheckResultTest {

    @Test
    void perfdataInTheStandardForm() {
        assertThat(PerfDatum.of("cpu", 7, "%").withThresholds(Range.parse("80"), Range.parse("@90:100"))
                .withBounds(0.0, 100.0).format()).isEqualTo("cpu=7%;80;@90:100;0;100");
        assertThat(PerfDatum.of("lag", 12.5, "s").format()).isEqualTo("lag=12.5s");
        assertThat(PerfDatum.of("vms", 24, null).withBounds(0.0, null).format()).isEqualTo("vms=24;;;0");
        assertThat(PerfDatum.of("x", 1, null).withThresholds(null, Range.parse("5")).format()).isEqualTo("x=1;;5");
        assertThat(PerfDatum.of("memory", 4096, "MB").withBounds(0.0, 8192.0).format()).isEqualTo("memory=4096MB;;;0;8192");
    }

    @Test
    void labelsAreQuotedWhenTheyNeedIt() {
        assertThat(PerfDatum.quoted("max_lag")).isEqualTo("max_lag");
        assertThat(PerfDatum.quoted("SQL 01 lag")).isEqualTo("'SQL 01 lag'");
        assertThat(PerfDatum.quoted("O'Brien")).isEqualTo("'O''Brien'");
        assertThat(PerfDatum.quoted("a=b")).isEqualTo("a_b");
    }

    @Test
    void numbersWithoutNoise() {
        assertThat(PerfDatum.number(3)).isEqualTo("3");
        assertThat(PerfDatum.number(0.1 + 0.2)).isEqualTo("0.30000000000000004");
        assertThat(PerfDatum.number(1.5)).isEqualTo("1.5");
        assertThat(PerfDatum.number(-2)).isEqualTo("-2");
    }

    @Test
    void oneLineWithPerfdataAfterAPipe() {
        CheckResult result = new CheckResult("VM", Status.WARNING, "SQL01: CPU 95 | high; more\nnext",
                List.of(PerfDatum.of("cpu", 95, "%"), PerfDatum.of("uptime", 10, "s")));
        assertThat(result.line()).isEqualTo("HVMON VM WARNING - SQL01: CPU 95 / high, more next | cpu=95% uptime=10s");
        assertThat(CheckResult.unknown("HOST", "no answer").line()).isEqualTo("HVMON HOST UNKNOWN - no answer");
    }

    @Test
    void theWorstStatusWins() {
        assertThat(Status.OK.worst(Status.UNKNOWN)).isEqualTo(Status.UNKNOWN);
        assertThat(Status.UNKNOWN.worst(Status.WARNING)).isEqualTo(Status.WARNING);
        assertThat(Status.CRITICAL.worst(Status.UNKNOWN)).isEqualTo(Status.CRITICAL);
        assertThat(Status.WARNING.worst(Status.OK)).isEqualTo(Status.WARNING);
        assertThat(Status.values()).extracting(Status::exitCode).containsExactly(0, 1, 2, 3);
    }

    @Test
    void staleDataIsNeverOkInSilence() {
        CheckResult ok = new CheckResult("VM", Status.OK, "fine", List.of());
        assertThat(Verdicts.flagStale(ok, false, "hv01", Status.UNKNOWN)).isEqualTo(ok);
        CheckResult stale = Verdicts.flagStale(ok, true, "hv01", Status.UNKNOWN);
        assertThat(stale.status()).isEqualTo(Status.UNKNOWN);
        assertThat(stale.summary()).isEqualTo("fine (STALE: data stale or missing for hv01)");
        CheckResult critical = new CheckResult("VM", Status.CRITICAL, "bad", List.of());
        assertThat(Verdicts.flagStale(critical, true, "hv01", Status.WARNING).status()).isEqualTo(Status.CRITICAL);
    }

    @Test
    void incompleteHostsHeaderIsReadPerHost() {
        ApiAnswer answer = new ApiAnswer(200, null, true, "hv02, hv%20three");
        assertThat(answer.staleFor("hv02")).isTrue();
        assertThat(answer.staleFor("hv three")).isTrue();
        assertThat(answer.staleFor("hv01")).isFalse();
        assertThat(new ApiAnswer(200, null, true, "hv02, +3 more").staleFor("hv01")).isTrue();
        assertThat(new ApiAnswer(200, null, false, null).staleFor("hv01")).isFalse();
    }
}
