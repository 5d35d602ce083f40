package io.github.gandjl.sample;

/**
 * Points on the straight line between two latent vectors, computed in Java so that the strip
 * depends only on the two end points, not on how the engine evaluates arithmetic.
 */
public final class LatentPath {

    private LatentPath() {}

    /**
     * @param from the first point, also the first row of the result
     * @param to the last point, also the last row
     * @param steps rows, 2 or more, evenly spaced
     * @return {@code steps} vectors one after another
     */
    public static float[] linear(float[] from, float[] to, int steps) {
        if (from.length != to.length || steps < 2) {
            throw new IllegalArgumentException(
                    "expected two points of one size and 2 or more steps");
        }
        int size = from.length;
        float[] out = new float[steps * size];
        for (int s = 0; s < steps; s++) {
            double t = (double) s / (steps - 1);
            for (int i = 0; i < size; i++) {
                // (1 - t) * a + t * b hits both ends exactly, unlike a + t * (b - a).
                out[s * size + i] = (float) ((1 - t) * from[i] + t * to[i]);
            }
        }
        return out;
    }
}
