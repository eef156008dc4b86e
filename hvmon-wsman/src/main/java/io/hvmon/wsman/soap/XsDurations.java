package io.hvmon.wsman.soap;

import java.time.Duration;

/** Timeouts as {@code PT60S} / {@code PT0.5S}: seconds only, the form WinRM clients send for OperationTimeout. */
final class XsDurations {

    private XsDurations() {
    }

    static String seconds(Duration d) {
        StringBuilder s = new StringBuilder("PT").append(d.getSeconds());
        if (d.getNano() != 0) {
            s.append('.').append(String.format(java.util.Locale.ROOT, "%09d", d.getNano()).replaceFirst("0+$", ""));
        }
        return s.append('S').toString();
    }
}
