package io.hvmon.app.check;

/**
 * A threshold range of the Nagios plugin guidelines: {@code 10} (alert outside 0..10), {@code 10:} (below 10),
 * {@code ~:10} (above 10), {@code 10:20} (outside 10..20), {@code @10:20} (inside 10..20, ends included).
 *
 * @param start  the lower end; negative infinity for {@code ~}
 * @param end    the upper end; positive infinity when left out after the colon
 * @param inside whether the alert is for a value inside the range ({@code @})
 * @param text   the range as given, written back into perfdata
 */
public record Range(double start, double end, boolean inside, String text) {

    /** Parses a range; an {@link IllegalArgumentException} says in words what is wrong. */
    public static Range parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a threshold range is empty");
        }
        String rest = text.strip();
        boolean inside = rest.startsWith("@");
        if (inside) {
            rest = rest.substring(1);
        }
        int colon = rest.indexOf(':');
        double start;
        double end;
        if (colon < 0) {
            start = 0;
            end = number(rest, text);
        } else {
            String low = rest.substring(0, colon);
            String high = rest.substring(colon + 1);
            start = low.equals("~") ? Double.NEGATIVE_INFINITY : low.isEmpty() ? 0 : number(low, text);
            end = high.isEmpty() ? Double.POSITIVE_INFINITY : number(high, text);
        }
        if (start > end) {
            throw new IllegalArgumentException("threshold range '" + text + "': its start is above its end");
        }
        return new Range(start, end, inside, text.strip());
    }

    /** Whether this value raises the alert: outside start..end, or inside it for {@code @}. */
    public boolean alerts(double value) {
        boolean within = value >= start && value <= end;
        return inside == within;
    }

    private static double number(String part, String text) {
        try {
            double value = Double.parseDouble(part);
            if (Double.isNaN(value) || Double.isInfinite(value) || part.chars().anyMatch(Character::isLetter)) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("threshold range '" + text + "': '" + part + "' is not a number"
                    + " (ranges look like 10, 10:, ~:10, 10:20 or @10:20)");
        }
    }

    @Override
    public String toString() {
        return text;
    }
}
