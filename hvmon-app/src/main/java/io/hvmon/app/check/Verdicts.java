package io.hvmon.app.check;

import java.util.ArrayList;
import java.util.List;

/** Collects the findings of a check: the worst status wins, and each problem is named in the summary. */
public final class Verdicts {

    private Status status = Status.OK;
    private final List<String> problems = new ArrayList<>();

    void raise(Status found, String problem) {
        if (found == Status.OK) {
            return;
        }
        status = status.worst(found);
        problems.add(found + ": " + problem);
    }

    /** Applies a threshold pair to a value: critical first, as the guidelines say. */
    void threshold(Double value, Range warning, Range critical, String what, String unit) {
        if (value == null) {
            return;
        }
        String measured = what + " " + PerfDatum.number(value) + " " + unit;
        if (critical != null && critical.alerts(value)) {
            raise(Status.CRITICAL, measured + " (critical range " + critical.text() + ")");
        } else if (warning != null && warning.alerts(value)) {
            raise(Status.WARNING, measured + " (warning range " + warning.text() + ")");
        }
    }

    Status status() {
        return status;
    }

    List<String> problems() {
        return problems;
    }

    /** The summary: the problems first (they are what an admin reads), then what was fine. */
    String summary(String facts) {
        return problems.isEmpty() ? facts : String.join(", ", problems) + " - " + facts;
    }

    /**
     * Stale data is never OK in silence: it raises at least {@code whenStale} (UNKNOWN by default), and the summary
     * says which hosts; a problem the last good data shows is kept.
     */
    public static CheckResult flagStale(CheckResult result, boolean stale, String where, Status whenStale) {
        if (!stale) {
            return result;
        }
        return new CheckResult(result.subject(), result.status().worst(whenStale),
                result.summary() + " (STALE: data stale or missing for " + where + ")", result.perfData());
    }
}
