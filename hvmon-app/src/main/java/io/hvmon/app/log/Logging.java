package io.hvmon.app.log;

import java.io.IOException;
import java.nio.file.Path;
import java.util.logging.ConsoleHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * hvmon's logging (java.util.logging, no extra dependency): one line per record on stderr, as text or JSON, at the
 * chosen level; for the Windows service also a rotating log file in the same format. Nothing here takes effect when
 * the user gives a logging configuration file ({@code -Djava.util.logging.config.file}): then that file decides.
 */
public final class Logging {

    /** The service's log file: hvmon.log, rotated at 10 MB, 5 files kept (hvmon.log, hvmon.1.log ... hvmon.4.log). */
    static final String LOG_FILE_BASE_NAME = "hvmon";
    static final long LOG_FILE_LIMIT_BYTES = 10L * 1024 * 1024;
    static final int LOG_FILES = 5;

    private static final Logger ROOT = Logger.getLogger("");
    // Held here: java.util.logging forgets the level of a logger that nobody references.
    private static final Logger HVMON = Logger.getLogger("io.hvmon");

    private static boolean owned;
    private static LogSettings current = LogSettings.DEFAULT;

    private Logging() {
    }

    /** Takes over logging at start: the console, in the default settings, until {@link #apply} says otherwise. */
    public static synchronized void configure() {
        if (System.getProperty("java.util.logging.config.file") != null) {
            return; // the user's own logging configuration wins
        }
        for (Handler handler : ROOT.getHandlers()) {
            ROOT.removeHandler(handler);
        }
        ConsoleHandler console = new ConsoleHandler(); // stderr: stdout carries the commands' output
        console.setLevel(Level.ALL);
        ROOT.addHandler(console);
        owned = true;
        apply(LogSettings.DEFAULT);
    }

    /**
     * Logs at this level, in this format, from now on. hvmon's own loggers follow the level; the JDK's and the
     * libraries' stay at INFO or above even for debug (their debug output is bulky and may show protocol details).
     * Does nothing unless {@link #configure()} took over logging, so a test or an embedding program keeps its own.
     */
    public static synchronized void apply(LogSettings settings) {
        current = settings;
        if (!owned) {
            return;
        }
        Level level = settings.level().julLevel();
        HVMON.setLevel(level);
        ROOT.setLevel(level.intValue() < Level.INFO.intValue() ? Level.INFO : level);
        for (Handler handler : ROOT.getHandlers()) {
            if (handler instanceof ConsoleHandler || handler instanceof RotatingLogFile) {
                handler.setFormatter(settings.format().formatter());
            }
        }
    }

    /** The settings last applied. */
    public static synchronized LogSettings current() {
        return current;
    }

    /**
     * Also logs to {@code hvmon.log} in this folder (created if missing), rotated by size, in the current format.
     *
     * @return the handler, to close it when done
     */
    public static synchronized Handler alsoToFile(Path directory) throws IOException {
        RotatingLogFile file = new RotatingLogFile(directory, LOG_FILE_BASE_NAME, LOG_FILE_LIMIT_BYTES, LOG_FILES,
                current.format().formatter());
        file.setLevel(Level.ALL);
        ROOT.addHandler(file);
        return file;
    }

    /** For tests: gives logging back, as if {@link #configure()} had never run (handlers and levels stay). */
    static synchronized void release() {
        owned = false;
        current = LogSettings.DEFAULT;
    }
}
