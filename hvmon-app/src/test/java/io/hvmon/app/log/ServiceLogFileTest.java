package io.hvmon.app.log;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;

/** The service's log file: hvmon.log, UTC timestamps, rotation by size keeping a fixed number of files. */
class ServiceLogFileTest {

    private static LogRecord record(String message) {
        LogRecord record = new LogRecord(Level.INFO, message);
        record.setInstant(Instant.parse("2026-03-29T01:30:00.250Z"));
        return record;
    }

    @Test
    void linesCarryTheTimeInUtc() {
        assertThat(new UtcLineFormatter().format(record("started")))
                .isEqualTo("2026-03-29T01:30:00.250Z INFO    started" + System.lineSeparator());
        LogRecord failed = record("failed");
        failed.setLevel(Level.SEVERE);
        failed.setThrown(new IllegalStateException("why"));
        assertThat(new UtcLineFormatter().format(failed)).startsWith("2026-03-29T01:30:00.250Z ERROR   failed")
                .contains("java.lang.IllegalStateException: why");
    }

    @Test
    void rotatesBySizeKeepingTheNewestFiles(@TempDir Path dir) throws Exception {
        int lineBytes = new UtcLineFormatter().format(record("message 00")).length();
        RotatingLogFile log = new RotatingLogFile(dir, "hvmon", 3L * lineBytes, 3, new UtcLineFormatter());
        try {
            for (int i = 0; i < 20; i++) {
                log.publish(record(String.format("message %02d", i)));
            }
        } finally {
            log.close();
        }

        try (var files = Files.list(dir)) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .containsExactlyInAnyOrder("hvmon.log", "hvmon.1.log", "hvmon.2.log");
        }
        assertThat(Files.readString(dir.resolve("hvmon.log"))).contains("message 18", "message 19").doesNotContain("message 17");
        assertThat(Files.readString(dir.resolve("hvmon.1.log"))).contains("message 15", "message 16", "message 17");
        assertThat(Files.readString(dir.resolve("hvmon.2.log"))).contains("message 12", "message 13", "message 14");
        for (String name : new String[] {"hvmon.log", "hvmon.1.log", "hvmon.2.log"}) {
            assertThat(Files.size(dir.resolve(name))).as(name).isLessThanOrEqualTo(3L * lineBytes);
        }
    }

    @Test
    void aRestartAppendsToTheCurrentFile(@TempDir Path dir) throws Exception {
        for (String message : new String[] {"first run", "second run"}) {
            RotatingLogFile log = new RotatingLogFile(dir, "hvmon", 1_000_000, 5, new UtcLineFormatter());
            log.publish(record(message));
            log.close();
        }
        assertThat(Files.readAllLines(dir.resolve("hvmon.log"))).hasSize(2);
    }

    @Test
    void loggingAlsoToAFileSendsEveryLoggerThere(@TempDir Path dir) throws Exception {
        Handler file = Logging.alsoToFile(dir.resolve("logs"));
        try {
            Logger.getLogger("io.hvmon.test").info("hello from the service");
        } finally {
            Logger.getLogger("").removeHandler(file);
            file.close();
        }
        assertThat(Files.readString(dir.resolve("logs/hvmon.log"))).contains("INFO    hello from the service");
        assertThat(Logging.LOG_FILE_LIMIT_BYTES).isEqualTo(10L * 1024 * 1024);
        assertThat(Logging.LOG_FILES).isEqualTo(5);
    }
}
