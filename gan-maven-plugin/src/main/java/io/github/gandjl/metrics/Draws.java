package io.github.gandjl.metrics;

import io.github.gandjl.train.Shuffle;
import java.util.SplittableRandom;

/** The random draws of the metrics, in Java so that they never touch the engine's stream. */
final class Draws {

    private Draws() {}

    /** The training shuffle's permutation of {@code 0..n-1}, as indices. */
    static int[] permutation(int n, long seed) {
        long[] order = Shuffle.permutation(n, seed);
        int[] indices = new int[n];
        for (int i = 0; i < n; i++) {
            indices[i] = (int) order[i];
        }
        return indices;
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
