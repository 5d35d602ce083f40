package io.github.gandjl.train;

import java.util.SplittableRandom;

/** The order in which an epoch visits the training images. */
public final class Shuffle {

    private Shuffle() {}

    /** A Fisher-Yates permutation of {@code 0..n-1} drawn from the given seed. */
    public static long[] permutation(int n, long seed) {
        long[] order = new long[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            long swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }
}
