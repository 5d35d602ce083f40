package io.github.gandjl.bench;

import java.util.Arrays;
import java.util.List;

/** Minimum, median and maximum of a sample. */
record Stats(double min, double median, double max, int count) {

    static Stats of(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (sorted.length == 0) {
            return new Stats(Double.NaN, Double.NaN, Double.NaN, 0);
        }
        int n = sorted.length;
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        return new Stats(sorted[0], median, sorted[n - 1], n);
    }

    @Override
    public String toString() {
        return String.format("min %.3f  median %.3f  max %.3f  (n=%d)", min, median, max, count);
    }

    static String list(List<Double> values) {
        return Arrays.toString(
                values.stream().mapToDouble(v -> Math.round(v * 1000) / 1000.0).toArray());
    }
}
