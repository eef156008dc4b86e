package io.hvmon.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.logging.ConsoleHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * One line per log record on stderr: time, level, message (java.util.logging, no extra dependency); for the Windows
 * service also a rotating log file.
 */
final class Logging {

    /** The service's log file: hvmon.log, rotated at 10 MB, 5 files kept (hvmon.log, hvmon.1.log ... hvmon.4.log). */
    static final String LOG_FILE_BASE_NAME = "hvmon";
    static final long LOG_FILE_LIMIT_BYTES = 10L * 1024 * 1024;
    static final int LOG_FILES = 5;

    private Logging() {
    }

    static void configure() {
        if (System.getProperty("java.util.logging.config.file") != null) {
            return; // the user's own logging configuration wins
        }
        System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tF %1$tT %4$-7s %5$s%6$s%n");
        Logger root = Logger.getLogger("");
        for (var handler : root.getHandlers()) {
            root.removeHandler(handler);
        }
        ConsoleHandler console = new ConsoleHandler();
        console.setFormatter(new SimpleFormatter());
        console.setLevel(Level.ALL);
        root.addHandler(console);
        root.setLevel(Level.INFO);
    }

    /**
     * Also logs to {@code hvmon.log} in this folder (created if missing), rotated by size, with UTC timestamps.
     *
     * @return the handler, to close it when done
     */
    static Handler alsoToFile(Path directory) throws IOException {
        RotatingLogFile file = new RotatingLogFile(directory, LOG_FILE_BASE_NAME, LOG_FILE_LIMIT_BYTES, LOG_FILES,
                new UtcLineFormatter());
        file.setLevel(Level.ALL);
        Logger.getLogger("").addHandler(file);
        return file;
    }
}
