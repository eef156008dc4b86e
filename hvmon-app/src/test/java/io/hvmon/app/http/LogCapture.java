package io.hvmon.app.http;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** Collects every log record (root logger: all loggers) while open, formatted with its exception. */
public final class LogCapture extends Handler implements AutoCloseable {

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Logger root = Logger.getLogger("");

    public LogCapture() {
        setLevel(Level.ALL);
        root.addHandler(this);
    }

    @Override
    public void publish(LogRecord record) {
        StringBuilder text = new StringBuilder(record.getLoggerName() + " " + record.getLevel() + " "
                + new java.util.logging.SimpleFormatter().formatMessage(record));
        for (Throwable t = record.getThrown(); t != null; t = t.getCause()) {
            text.append(" | ").append(t);
        }
        lines.add(text.toString());
    }

    public List<String> lines() {
        return List.copyOf(lines);
    }

    public String all() {
        return String.join("\n", lines);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        root.removeHandler(this);
    }
}
