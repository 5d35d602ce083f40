package io.github.gandjl.metrics;

import java.util.SplittableRandom;

/** The random draws of the metrics, in Java so that they never touch the engine's stream. */
final class Draws {

    private Draws() {}

    /** A Fisher-Yates permutation of {@code 0..n-1} drawn from the given seed. */
    static int[] permutation(int n, long seed) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }

    /** {@code count} standard normal values from the given seed. */
    static float[] gaussian(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] values = new float[count];
        for (int i = 0; i < count; i++) {
            values[i] = (float) random.nextGaussian();
        }
        return values;
    }
}
