package io.hvmon.app.log;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.logging.ErrorManager;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.LogRecord;

/**
 * A log file that rotates by size: {@code hvmon.log} is the current file; when the next record would take it past
 * the limit it becomes {@code hvmon.1.log}, the older ones move up one ({@code hvmon.2.log}, ...) and the oldest beyond
 * the count is deleted. Unlike JUL's FileHandler the current file keeps one name (and there are no .lck files), so
 * "see hvmon.log" is always right.
 */
final class RotatingLogFile extends Handler {

    private final Path directory;
    private final String baseName;
    private final long limitBytes;
    private final int files;
    private OutputStream out;
    private long written;

    /**
     * @param baseName   e.g. "hvmon": files hvmon.log, hvmon.1.log, ...
     * @param limitBytes the most one file holds (a single larger record still goes into a file of its own)
     * @param files      how many files are kept, the current one included
     */
    RotatingLogFile(Path directory, String baseName, long limitBytes, int files, Formatter formatter) throws IOException {
        if (files < 1 || limitBytes < 1) {
            throw new IllegalArgumentException("need at least one file and one byte");
        }
        this.directory = directory;
        this.baseName = baseName;
        this.limitBytes = limitBytes;
        this.files = files;
        setFormatter(formatter);
        Files.createDirectories(directory);
        open();
    }

    /** The current file. */
    Path current() {
        return file(0);
    }

    /** The file of that generation: 0 is the current file, 1 the one before, ... */
    Path file(int generation) {
        return directory.resolve(generation == 0 ? baseName + ".log" : baseName + "." + generation + ".log");
    }

    @Override
    public synchronized void publish(LogRecord record) {
        if (out == null || !isLoggable(record)) {
            return;
        }
        byte[] bytes;
        try {
            bytes = getFormatter().format(record).getBytes(StandardCharsets.UTF_8);
        } catch (RuntimeException e) {
            reportError("cannot format a log record", e, ErrorManager.FORMAT_FAILURE);
            return;
        }
        try {
            if (written > 0 && written + bytes.length > limitBytes) {
                rotate();
            }
            out.write(bytes);
            out.flush(); // a service can be ended at any moment: what was logged must be on disk
            written += bytes.length;
        } catch (IOException e) {
            reportError("cannot write to " + current(), e, ErrorManager.WRITE_FAILURE);
        }
    }

    private void rotate() throws IOException {
        out.close();
        try {
            Files.deleteIfExists(file(files - 1));
            for (int generation = files - 2; generation >= 0; generation--) {
                if (Files.exists(file(generation))) {
                    Files.move(file(generation), file(generation + 1), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            // Another process may hold a file open (Windows refuses to move it): keep writing to the current file.
            reportError("cannot rotate " + current() + "; writing on", e, ErrorManager.GENERIC_FAILURE);
        }
        open();
    }

    private void open() throws IOException {
        Path file = current();
        out = new BufferedOutputStream(Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                StandardOpenOption.WRITE));
        written = Files.size(file);
    }

    @Override
    public synchronized void flush() {
        try {
            if (out != null) {
                out.flush();
            }
        } catch (IOException e) {
            reportError("cannot flush " + current(), e, ErrorManager.FLUSH_FAILURE);
        }
    }

    @Override
    public synchronized void close() {
        try {
            if (out != null) {
                out.close();
            }
        } catch (IOException e) {
            reportError("cannot close " + current(), e, ErrorManager.CLOSE_FAILURE);
        } finally {
            out = null;
        }
    }
}
