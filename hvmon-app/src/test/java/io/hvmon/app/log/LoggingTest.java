package io.hvmon.app.log;

import com.fasterxml.jackson.jr.ob.JSON;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;

/** Logging as the app sets it up: the console (stderr) at the chosen level and in the chosen format. */
class LoggingTest {

    private final Logger root = Logger.getLogger("");
    private final Logger hvmon = Logger.getLogger("io.hvmon.test.logging");
    private final Logger jdk = Logger.getLogger("sun.net.httpserver.test");
    private Handler[] savedHandlers;
    private Level savedLevel;
    private PrintStream savedErr;
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void takeOverStderr() {
        savedHandlers = root.getHandlers();
        savedLevel = root.getLevel();
        savedErr = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8)); // the ConsoleHandler binds to it when made
        Logging.configure();
    }

    @AfterEach
    void giveItBack() {
        System.setErr(savedErr);
        for (Handler handler : root.getHandlers()) {
            root.removeHandler(handler);
            handler.close();
        }
        for (Handler handler : savedHandlers) {
            root.addHandler(handler);
        }
        root.setLevel(savedLevel);
        Logger.getLogger("io.hvmon").setLevel(null);
        Logging.release();
    }

    private List<String> lines() {
        for (Handler handler : root.getHandlers()) {
            handler.flush();
        }
        return err.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void byDefaultInfoAndAboveAsUtcText() {
        hvmon.info("collecting");
        hvmon.fine("a probe");
        assertThat(lines()).singleElement().satisfies(line -> assertThat(line)
                .containsPattern(LogFormatTest.TIMESTAMP + " INFO    collecting$"));
    }

    @Test
    void debugShowsHvmonsDebugLinesButNotTheJdks() {
        Logging.apply(new LogSettings(LogLevel.DEBUG, LogFormat.TEXT));
        hvmon.fine("a probe");
        hvmon.finer("finer still");
        jdk.fine("jdk internals");
        jdk.info("jdk info");
        assertThat(lines()).hasSize(2).anySatisfy(line -> assertThat(line).endsWith("DEBUG   a probe"))
                .anySatisfy(line -> assertThat(line).endsWith("INFO    jdk info"));
    }

    @Test
    void errorLeavesOnlyErrors() {
        Logging.apply(new LogSettings(LogLevel.ERROR, LogFormat.TEXT));
        hvmon.warning("a warning");
        jdk.warning("a jdk warning");
        hvmon.severe("an error");
        assertThat(lines()).singleElement().satisfies(line -> assertThat(line).endsWith("ERROR   an error"));
    }

    @Test
    void theServicesLogFileFollowsTheSameSettings(@TempDir Path dir) throws Exception {
        Logging.apply(new LogSettings(LogLevel.INFO, LogFormat.JSON));
        Handler file = Logging.alsoToFile(dir);
        try {
            hvmon.info("in json");
            Logging.apply(new LogSettings(LogLevel.INFO, LogFormat.TEXT));
            hvmon.info("in text");
        } finally {
            root.removeHandler(file);
            file.close();
        }
        List<String> lines = Files.readAllLines(dir.resolve("hvmon.log"));
        assertThat(lines).hasSize(2);
        assertThat(JSON.std.mapFrom(lines.get(0))).containsEntry("message", "in json");
        assertThat(lines.get(1)).containsPattern(LogFormatTest.TIMESTAMP + " INFO    in text$");
        assertThat(lines()).hasSize(2); // and on the console
    }

    @Test
    void jsonFormatWritesOneObjectPerLine() throws Exception {
        Logging.apply(new LogSettings(LogLevel.WARN, LogFormat.JSON));
        hvmon.info("not shown");
        hvmon.warning("shown\nwith a line break");
        hvmon.log(Level.SEVERE, "failed", new IllegalStateException("why"));
        List<String> lines = lines();
        assertThat(lines).hasSize(2);
        for (String line : lines) {
            assertThat(JSON.std.mapFrom(line)).containsKeys("time", "level", "logger", "message")
                    .containsEntry("logger", "io.hvmon.test.logging");
            assertThat((String) JSON.std.mapFrom(line).get("time")).containsPattern(LogFormatTest.TIMESTAMP);
        }
        assertThat(JSON.std.mapFrom(lines.get(0))).containsEntry("message", "shown\nwith a line break");
        assertThat(JSON.std.mapFrom(lines.get(1))).containsEntry("level", "ERROR").containsKey("exception");
    }

    /** As when the user gives -Djava.util.logging.config.file, or hvmon runs embedded: configure() took nothing over. */
    @Test
    void withoutTakingOverApplyChangesNothing() {
        Logging.release();
        Logging.apply(new LogSettings(LogLevel.ERROR, LogFormat.JSON));
        hvmon.warning("still text, still shown");
        assertThat(lines()).singleElement().satisfies(line -> assertThat(line).endsWith("WARN    still text, still shown"));
        assertThat(Logging.current()).isEqualTo(new LogSettings(LogLevel.ERROR, LogFormat.JSON));
    }
}
