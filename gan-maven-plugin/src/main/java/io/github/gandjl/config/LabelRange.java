package io.github.gandjl.config;

/**
 * The interval a noisy label is drawn from uniformly, such as [0.9, 1.0] for real images.
 *
 * @param min the lower end, in [0, 1]
 * @param max the upper end, in [min, 1]
 */
public record LabelRange(double min, double max) {

    public double width() {
        return max - min;
    }

    @Override
    public String toString() {
        return min + "," + max;
    }
}
