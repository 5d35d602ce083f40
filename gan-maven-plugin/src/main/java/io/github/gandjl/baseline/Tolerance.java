package io.github.gandjl.baseline;

import io.github.gandjl.config.ConfigException;

/**
 * How far a value may move from its baseline when the run was made on another environment: {@code
 * |actual - expected| <= absolute + relative * |expected|}, the rule of NumPy's {@code isclose}.
 * The relative part scales with the value; the absolute part keeps values near zero from failing on
 * rounding alone.
 */
public record Tolerance(double relative, double absolute) {

    /** The parameter's spelling: {@code relative,absolute}. */
    public static final String FORMAT = "relative,absolute";

    public Tolerance {
        if (!(relative >= 0) || !Double.isFinite(relative)) {
            throw new IllegalArgumentException("relative tolerance " + relative);
        }
        if (!(absolute >= 0) || !Double.isFinite(absolute)) {
            throw new IllegalArgumentException("absolute tolerance " + absolute);
        }
    }

    /** Parses {@code gan.tolerance}: two non-negative numbers, relative then absolute. */
    public static Tolerance parse(String text) {
        String allowed =
                "it must be two non-negative numbers 'relative,absolute' (for example 1e-4,1e-6):"
                        + " a value passes when |actual - expected| <= absolute + relative *"
                        + " |expected|.";
        if (text == null) {
            throw new ConfigException("tolerance", null, allowed);
        }
        String[] parts = text.split(",", -1);
        if (parts.length != 2) {
            throw new ConfigException("tolerance", text, allowed);
        }
        try {
            return new Tolerance(
                    Double.parseDouble(parts[0].trim()), Double.parseDouble(parts[1].trim()));
        } catch (IllegalArgumentException e) {
            throw new ConfigException("tolerance", text, allowed);
        }
    }

    /** The largest difference allowed from {@code expected}. */
    public double allowance(double expected) {
        return absolute + relative * Math.abs(expected);
    }

    public boolean accepts(double expected, double actual) {
        if (Double.compare(expected, actual) == 0) {
            return true;
        }
        return Math.abs(actual - expected) <= allowance(expected);
    }

    /** As the parameter is written: {@code relative,absolute}. */
    @Override
    public String toString() {
        return relative + "," + absolute;
    }
}
