package io.hvmon.app.log;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;

/**
 * The JSON format, for log shippers: one object per line,
 * {@code {"time":"2026-11-30T01:30:00.250Z","level":"INFO","logger":"io.hvmon.collect.Collector","message":"..."}},
 * plus {@code "exception"} (the stack trace as text) when the record has one. Jackson escapes control characters,
 * so a message with line breaks stays on one line; non-ASCII characters are escaped too, so the line is the same
 * bytes whatever the console's encoding.
 */
final class JsonLineFormatter extends Formatter {

    private static final JsonFactory JSON = JsonFactory.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    @Override
    public String format(LogRecord record) {
        StringWriter line = new StringWriter(160);
        try (JsonGenerator json = JSON.createGenerator(line)) {
            json.writeStartObject();
            json.writeStringField("time", UtcLineFormatter.time(record.getInstant()));
            json.writeStringField("level", LogLevel.label(record.getLevel()));
            json.writeStringField("logger", record.getLoggerName() == null ? "" : record.getLoggerName());
            String message = formatMessage(record);
            json.writeStringField("message", message == null ? "" : message);
            if (record.getThrown() != null) {
                json.writeStringField("exception", UtcLineFormatter.stackTrace(record.getThrown()));
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return line.append('\n').toString();
    }
}
