package io.hvmon.model;

import java.time.Duration;

/** Durations in short words for messages and status text: {@code 250 ms}, {@code 5 s}, {@code 47 min}, {@code 3 h 5 min}. */
public final class DurationText {

    private DurationText() {
    }

    public static String of(Duration d) {
        long ms = d.toMillis();
        if (ms < 1_000) {
            return ms + " ms";
        }
        long s = d.toSeconds();
        if (s < 120) {
            return s + " s";
        }
        long min = d.toMinutes();
        if (min < 120) {
            return min + " min";
        }
        long h = d.toHours();
        if (h < 48) {
            long rest = min - h * 60;
            return rest == 0 ? h + " h" : h + " h " + rest + " min";
        }
        return d.toDays() + " d";
    }
}
