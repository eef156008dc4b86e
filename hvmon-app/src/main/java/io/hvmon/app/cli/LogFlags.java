package io.hvmon.app.cli;

import io.hvmon.app.log.LogFormat;
import io.hvmon.app.log.LogLevel;
import io.hvmon.app.log.LogSettings;
import io.hvmon.app.log.Logging;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The global {@code --log-level} and {@code --log-format} flags (null: not given). They are applied as soon as the
 * command line is parsed, and again, over config.json's {@code logging}, by the commands that read a config.
 */
record LogFlags(LogLevel level, LogFormat format) {

    /** The flags given to the command line this command belongs to. */
    static LogFlags of(CommandSpec command) {
        return ((Main) command.root().userObject()).logFlags();
    }

    /** Logs with the file's settings, the flags put over them. */
    void applyOver(LogSettings fromFile) {
        Logging.apply(fromFile.overriddenBy(level, format));
    }

    static final class LevelConverter implements CommandLine.ITypeConverter<LogLevel> {
        @Override
        public LogLevel convert(String value) {
            return LogLevel.parse(value).orElseThrow(() -> new CommandLine.TypeConversionException(
                    "expected " + LogLevel.choices() + ", found '" + value + "'"));
        }
    }

    static final class FormatConverter implements CommandLine.ITypeConverter<LogFormat> {
        @Override
        public LogFormat convert(String value) {
            return LogFormat.parse(value).orElseThrow(() -> new CommandLine.TypeConversionException(
                    "expected " + LogFormat.choices() + ", found '" + value + "'"));
        }
    }
}
