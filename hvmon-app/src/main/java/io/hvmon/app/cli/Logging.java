package io.hvmon.app.cli;

import java.util.logging.ConsoleHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/** One line per log record on stderr: time, level, message (java.util.logging, no extra dependency). */
final class Logging {

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
}
