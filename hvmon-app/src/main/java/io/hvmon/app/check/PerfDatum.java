package io.hvmon.app.check;

/**
 * One performance value in the plugin guidelines' form {@code 'label'=value[UOM];warn;crit;min;max}.
 *
 * @param warning  the warning range as given, or null
 * @param critical the critical range as given, or null
 * @param min      null when there is none
 * @param max      null when there is none
 */
public record PerfDatum(String label, double value, String unit, Range warning, Range critical, Double min, Double max) {

    public static PerfDatum of(String label, double value, String unit) {
        return new PerfDatum(label, value, unit, null, null, null, null);
    }

    public PerfDatum withThresholds(Range warning, Range critical) {
        return new PerfDatum(label, value, unit, warning, critical, min, max);
    }

    public PerfDatum withBounds(Double min, Double max) {
        return new PerfDatum(label, value, unit, warning, critical, min, max);
    }

    /** As Nagios parses it; empty trailing fields are left out. */
    public String format() {
        String text = quoted(label) + "=" + number(value) + (unit == null ? "" : unit)
                + ";" + (warning == null ? "" : warning.text())
                + ";" + (critical == null ? "" : critical.text())
                + ";" + (min == null ? "" : number(min))
                + ";" + (max == null ? "" : number(max));
        return text.replaceAll(";+$", "");
    }

    /**
     * Labels are quoted when they hold anything but letters, digits and {@code _ . -}; a quote inside is doubled, and
     * {@code =} (which ends a label whatever the quotes) becomes {@code _}.
     */
    static String quoted(String label) {
        String clean = label.replace('=', '_');
        if (clean.matches("[A-Za-z0-9_.\\-]+")) {
            return clean;
        }
        return "'" + clean.replace("'", "''") + "'";
    }

    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
