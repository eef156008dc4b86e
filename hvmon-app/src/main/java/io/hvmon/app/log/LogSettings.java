package io.hvmon.app.log;

import java.util.Objects;

/** What config.json's {@code logging} object and the {@code --log-level}/{@code --log-format} flags choose. */
public record LogSettings(LogLevel level, LogFormat format) {

    public static final LogSettings DEFAULT = new LogSettings(LogLevel.INFO, LogFormat.TEXT);

    public LogSettings {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(format, "format");
    }

    /** These settings with the flags that were given (null: not given) put over them. */
    public LogSettings overriddenBy(LogLevel levelFlag, LogFormat formatFlag) {
        return new LogSettings(levelFlag == null ? level : levelFlag, formatFlag == null ? format : formatFlag);
    }
}
