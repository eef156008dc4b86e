package io.hvmon.simulator.wql;

import io.hvmon.cim.CimDateTimes;

/** Datetime literals in WQL: DMTF timestamps and intervals as WMI writes them, or ISO 8601 (core's codec does the work). */
final class CimDatetimes {

    private CimDatetimes() {
    }

    /** An {@link java.time.OffsetDateTime} or a {@link java.time.Duration}; null if the text is neither. */
    static Object parse(String text) {
        String s = text.strip();
        try {
            return CimDateTimes.parseDmtf(s);
        } catch (IllegalArgumentException notDmtf) {
            // try the WS-Man (ISO 8601) forms
        }
        try {
            return CimDateTimes.parseXsDateTime(s);
        } catch (IllegalArgumentException notTimestamp) {
            // maybe an xs:duration
        }
        try {
            return CimDateTimes.parseXsDuration(s);
        } catch (IllegalArgumentException neither) {
            return null;
        }
    }
}
