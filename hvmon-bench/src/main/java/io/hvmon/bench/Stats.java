package io.hvmon.bench;

import java.util.Arrays;

/** Order statistics of a handful of measurements: median (mean of the middle two for an even count), min, max. */
public record Stats(int count, double min, double median, double max) {

    public static Stats of(double... values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        return new Stats(n, sorted[0], median, sorted[n - 1]);
    }

    public static Stats of(long... values) {
        return of(Arrays.stream(values).asDoubleStream().toArray());
    }
}
