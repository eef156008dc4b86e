package io.hvmon.app.view;

import java.util.Locale;
import java.util.Optional;

/**
 * How enumerated values (VM state, health, replication, ...) are written in JSON: the original tool's mixed shape, as
 * friendly names, or as the raw numeric codes. Chosen in config.json ({@code values}) and per request
 * ({@code ?values=}).
 */
public enum ValueStyle {
    /** The original tool's shape: state and replication_health as strings, the rest numbers. */
    COMPAT,
    /** Every enumerated value as its friendly name. */
    FRIENDLY,
    /** Every enumerated value as its numeric code. */
    NUMERIC;

    /** The name used in config.json and in {@code ?values=}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The style with this wire name, ignoring case; empty for anything else (including null). */
    public static Optional<ValueStyle> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (ValueStyle style : values()) {
            if (style.wireName().equalsIgnoreCase(text)) {
                return Optional.of(style);
            }
        }
        return Optional.empty();
    }
}
