package io.hvmon.hyperv;

import io.hvmon.cim.CimDateTimes;
import io.hvmon.cim.CimInstance;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Lenient readers for values whose form depends on the source: a datetime is an {@link OffsetDateTime} from WS-Man
 * and the simulator, but a DMTF string from local COM (and an xs:dateTime string from a writer that lost the type).
 * A value that cannot be read as what is expected becomes null rather than sinking the row.
 */
public final class CimValues {

    private CimValues() {
    }

    /** A datetime in any of its forms; null when NULL, absent or unreadable. The FILETIME epoch is kept as is. */
    public static OffsetDateTime dateTime(CimInstance row, String name) {
        return switch (row.value(name)) {
            case OffsetDateTime t -> t;
            case String s when !s.isBlank() -> parse(s.strip());
            case null, default -> null;
        };
    }

    /** A datetime where Windows writes the FILETIME epoch for "never": that epoch becomes null. */
    public static OffsetDateTime when(CimInstance row, String name) {
        OffsetDateTime t = dateTime(row, name);
        return CimDateTimes.isNever(t) ? null : t;
    }

    /** An integer, or null when NULL, absent or not a number (a source that typed it oddly must not sink the row). */
    public static Long integer(CimInstance row, String name) {
        try {
            return row.integer(name);
        } catch (IllegalStateException e) {
            return null;
        }
    }

    /** A string array joined with newlines (VSSD.Notes is string[]); null when NULL or empty. */
    public static String joined(CimInstance row, String name) {
        List<String> parts = row.strings(name);
        if (parts == null) {
            return null;
        }
        String text = String.join("\n", parts.stream().filter(p -> p != null).toList());
        return text.isEmpty() ? null : text;
    }

    private static OffsetDateTime parse(String text) {
        try {
            // A DMTF timestamp is 25 characters with a '.' at 14; anything else is tried as an xs:dateTime.
            return text.length() == 25 && text.charAt(14) == '.'
                    ? CimDateTimes.parseDmtfDateTime(text) : CimDateTimes.parseXsDateTime(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
