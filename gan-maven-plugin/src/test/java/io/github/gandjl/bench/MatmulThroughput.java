package io.github.gandjl.bench;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.List;

/**
 * What the engine achieves on a list of matrix products: each product run back to back in the
 * layout the trainer uses (transposed operands as views, as the trainer passes them), timed over
 * many repetitions, best of several rounds. This is the ceiling a training step can approach.
 */
final class MatmulThroughput {

    private MatmulThroughput() {}

    /** GFLOP/s over the whole list, one pass of the list being the unit that is repeated. */
    static double measure(NDManager parent, List<RecipeMatmuls.Matmul> products, int repetitions) {
        try (NDManager manager = parent.newSubManager()) {
            NDArray[] lefts = new NDArray[products.size()];
            NDArray[] rights = new NDArray[products.size()];
            for (int i = 0; i < products.size(); i++) {
                RecipeMatmuls.Matmul p = products.get(i);
                lefts[i] =
                        p.transposedLeft()
                                ? manager.randomNormal(new Shape(p.k(), p.m())).transpose()
                                : manager.randomNormal(new Shape(p.m(), p.k()));
                rights[i] =
                        p.transposedRight()
                                ? manager.randomNormal(new Shape(p.n(), p.k())).transpose()
                                : manager.randomNormal(new Shape(p.k(), p.n()));
            }
            double best = Double.MAX_VALUE;
            for (int round = 0; round < 6; round++) {
                long start = System.nanoTime();
                for (int r = 0; r < repetitions; r++) {
                    try (NDManager scratch = manager.newSubManager()) {
                        for (int i = 0; i < lefts.length; i++) {
                            lefts[i].matMul(rights[i]).attach(scratch);
                        }
                    }
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                // The first round warms up caches and thread pools.
                if (round > 0) {
                    best = Math.min(best, seconds);
                }
            }
            return RecipeMatmuls.flops(products) * (double) repetitions / best / 1e9;
        }
    }
}
