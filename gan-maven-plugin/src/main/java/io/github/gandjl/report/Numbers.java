package io.github.gandjl.report;

import java.util.Locale;

/** Numbers as a report prints them: enough digits to see a change, no locale surprises. */
final class Numbers {

    private Numbers() {}

    static String format(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "+inf" : "-inf";
        }
        double a = Math.abs(v);
        if (v == Math.rint(v) && a < 1e9) {
            return Long.toString((long) v);
        }
        if (a >= 1000) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        if (a >= 100) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        if (a >= 0.001) {
            return String.format(Locale.ROOT, "%.4f", v);
        }
        return String.format(Locale.ROOT, "%.3e", v);
    }

    static String signed(double v) {
        if (v == 0) {
            return "±0";
        }
        return (v > 0 ? "+" : "") + format(v);
    }

    static String percent(double fraction) {
        return String.format(Locale.ROOT, "%+.1f%%", fraction * 100);
    }

    /** A duration: "12.3 s" under a minute, else h:mm:ss. */
    static String duration(double exactSeconds) {
        if (exactSeconds < 60) {
            return String.format(Locale.ROOT, "%.1f s", exactSeconds);
        }
        long seconds = Math.round(exactSeconds);
        return String.format(
                Locale.ROOT, "%d:%02d:%02d", seconds / 3600, (seconds / 60) % 60, seconds % 60);
    }
}
