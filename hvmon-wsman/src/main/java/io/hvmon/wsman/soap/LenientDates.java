package io.hvmon.wsman.soap;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** cim:Date (an xs:date, with or without a zone) as the start of that day; no Hyper-V class is known to use it. */
final class LenientDates {

    private LenientDates() {
    }

    static OffsetDateTime parseDate(String text) {
        String t = text.strip();
        try {
            ZoneOffset offset = ZoneOffset.UTC;
            String date = t;
            if (t.endsWith("Z") || t.endsWith("z")) {
                date = t.substring(0, t.length() - 1);
            } else if (t.length() > 10 && (t.charAt(t.length() - 6) == '+' || t.charAt(t.length() - 6) == '-')) {
                offset = ZoneOffset.of(t.substring(t.length() - 6));
                date = t.substring(0, t.length() - 6);
            }
            return LocalDate.parse(date).atStartOfDay().atOffset(offset);
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException("Malformed cim:Date '" + text + "'; expected yyyy-mm-dd[Z|+hh:mm]");
        }
    }
}
