package io.hvmon.app.log;

import com.fasterxml.jackson.jr.ob.JSON;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import static org.assertj.core.api.Assertions.assertThat;

/** What one record looks like in each format. */
class LogFormatTest {

    static final String TIMESTAMP = "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z";

    private static LogRecord record(Level level, String message) {
        LogRecord record = new LogRecord(level, message);
        record.setInstant(Instant.parse("2026-11-30T01:30:00.250Z"));
        record.setLoggerName("io.hvmon.collect.HostPoller");
        return record;
    }

    private static Map<String, Object> json(LogRecord record) throws Exception {
        String line = LogFormat.JSON.formatter().format(record);
        assertThat(line).endsWith("\n");
        assertThat(line.substring(0, line.length() - 1)).doesNotContain("\n", "\r");
        return JSON.std.mapFrom(line);
    }

    @Test
    void textIsUtcWithMillisecondsThenTheLevelThenTheMessage() {
        String line = LogFormat.TEXT.formatter().format(record(Level.INFO, "hv02: collection recovered"));
        assertThat(line).isEqualTo("2026-11-30T01:30:00.250Z INFO    hv02: collection recovered" + System.lineSeparator());
        assertThat(line).containsPattern(TIMESTAMP);
    }

    @Test
    void levelsAreLabelledAsTheyAreChosen() {
        assertThat(LogLevel.label(Level.SEVERE)).isEqualTo("ERROR");
        assertThat(LogLevel.label(Level.WARNING)).isEqualTo("WARN");
        assertThat(LogLevel.label(Level.INFO)).isEqualTo("INFO");
        assertThat(LogLevel.label(Level.CONFIG)).isEqualTo("DEBUG");
        assertThat(LogLevel.label(Level.FINE)).isEqualTo("DEBUG");
        assertThat(LogLevel.label(Level.FINER)).isEqualTo("TRACE");
        for (LogLevel level : LogLevel.values()) {
            assertThat(LogLevel.label(level.julLevel())).isEqualToIgnoringCase(level.wireName());
        }
    }

    @Test
    void jsonHasTimeLevelLoggerAndMessage() throws Exception {
        LogRecord record = record(Level.WARNING, "hv01: collection failed ({0} in a row)");
        record.setParameters(new Object[] {3});
        assertThat(json(record).keySet()).containsExactly("time", "level", "logger", "message");
        assertThat(json(record)).containsAllEntriesOf(Map.of(
                "time", "2026-11-30T01:30:00.250Z",
                "level", "WARN",
                "logger", "io.hvmon.collect.HostPoller",
                "message", "hv01: collection failed (3 in a row)"));
        assertThat((String) json(record).get("time")).containsPattern(TIMESTAMP);
    }

    @Test
    void jsonStaysOneValidLineWhateverTheMessageHolds() throws Exception {
        String nasty = "line one\nline two\r\n\t\"quoted\" back\\slash \u0000\u0007\u001b[31m é 中文 😀 \u2028 </script>";
        Map<String, Object> parsed = json(record(Level.INFO, nasty));
        assertThat(parsed.get("message")).isEqualTo(nasty);
        String line = LogFormat.JSON.formatter().format(record(Level.INFO, nasty));
        assertThat(line.chars().filter(c -> c < 0x20 && c != '\n' || c > 0x7e)).as("raw control or non-ASCII").isEmpty();
    }

    @Test
    void jsonCarriesTheExceptionAsText() throws Exception {
        LogRecord record = record(Level.SEVERE, "error answering GET /hvm/vms");
        record.setThrown(new IllegalStateException("why\nand more"));
        Map<String, Object> parsed = json(record);
        assertThat(parsed.get("level")).isEqualTo("ERROR");
        assertThat((String) parsed.get("exception")).startsWith("java.lang.IllegalStateException: why\nand more")
                .contains("\tat io.hvmon.app.log.LogFormatTest");
        assertThat(json(record(Level.INFO, "fine"))).doesNotContainKey("exception");
    }

    @Test
    void jsonCopesWithAMissingMessageOrLogger() throws Exception {
        LogRecord record = new LogRecord(Level.INFO, null);
        Map<String, Object> parsed = json(record);
        assertThat(parsed.get("message")).isEqualTo("");
        assertThat(parsed.get("logger")).isEqualTo("");
    }

    @Test
    void namesAreParsedIgnoringCase() {
        assertThat(LogLevel.parse("Warn")).contains(LogLevel.WARN);
        assertThat(LogLevel.parse("warning")).isEmpty();
        assertThat(LogFormat.parse("JSON")).contains(LogFormat.JSON);
        assertThat(LogFormat.parse("xml")).isEmpty();
        assertThat(LogLevel.choices()).isEqualTo("error, warn, info or debug");
    }
}
