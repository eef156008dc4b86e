package io.hvmon.app.check;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What a check found: a status, a summary in words and its performance data, printed as the one line Nagios and
 * Icinga read: {@code HVMON VM OK - summary | perfdata}.
 *
 * @param subject what was checked, e.g. {@code VM}, {@code REPLICATION}
 */
public record CheckResult(String subject, Status status, String summary, List<PerfDatum> perfData) {

    public static CheckResult unknown(String subject, String summary) {
        return new CheckResult(subject, Status.UNKNOWN, summary, List.of());
    }

    /**
     * The status line. A {@code |} in the summary would start the perfdata: it is written as {@code /}; Nagios turns
     * {@code ;} into {@code :} in plugin output, so it is written as {@code ,} here already.
     */
    public String line() {
        String text = "HVMON " + subject + " " + status + " - "
                + summary.replace('|', '/').replace(';', ',').replace('\n', ' ');
        if (perfData.isEmpty()) {
            return text;
        }
        return text + " | " + perfData.stream().map(PerfDatum::format).collect(Collectors.joining(" "));
    }
}
