package io.github.gandjl.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The matrix products of one training step of the recipe, as the trainer computes them, and the
 * floating-point work they are. Element-wise operations are left out: they are a few percent of the
 * work and memory-bound.
 */
final class RecipeMatmuls {

    /**
     * One product {@code (m x k) . (k x n)}.
     *
     * @param transposedLeft the left operand is stored {@code (k, m)} and read transposed
     * @param transposedRight the right operand is stored {@code (n, k)} and read transposed
     */
    record Matmul(int m, int k, int n, boolean transposedLeft, boolean transposedRight) {

        long flops() {
            return 2L * m * k * n;
        }

        @Override
        public String toString() {
            return m
                    + "x"
                    + k
                    + "x"
                    + n
                    + (transposedLeft ? " A^T" : "")
                    + (transposedRight ? " B^T" : "");
        }
    }

    private RecipeMatmuls() {}

    /**
     * The products of one step on a batch of {@code b}: G forward; D forward and weight gradients
     * on real and fake rows together ({@code 2b}); D forward again on the fake rows through the
     * updated D and its gradient down to the images; G's weight gradients.
     *
     * @param generator G's layer sizes, latent first
     * @param discriminator D's layer sizes, image first
     */
    static List<Matmul> ofStep(int b, int[] generator, int[] discriminator) {
        List<Matmul> products = new ArrayList<>();
        forward(products, b, generator);
        forward(products, 2 * b, discriminator);
        backward(products, 2 * b, discriminator, true, false);
        forward(products, b, discriminator);
        backward(products, b, discriminator, false, true);
        backward(products, b, generator, true, false);
        return products;
    }

    /** The floating-point operations of one epoch over {@code images} images. */
    static long flopsPerEpoch(int images, int batch, int[] generator, int[] discriminator) {
        long flops = flops(ofStep(batch, generator, discriminator)) * (images / batch);
        int last = images % batch;
        return last == 0 ? flops : flops + flops(ofStep(last, generator, discriminator));
    }

    static long flops(List<Matmul> products) {
        return products.stream().mapToLong(Matmul::flops).sum();
    }

    /** {@code x W^T} per layer, weights stored {@code (out, in)} as in PyTorch. */
    private static void forward(List<Matmul> products, int rows, int[] sizes) {
        for (int l = 0; l + 1 < sizes.length; l++) {
            products.add(new Matmul(rows, sizes[l], sizes[l + 1], false, true));
        }
    }

    /** Per layer from the top: {@code dW = d^T x} and, below the top layer, {@code dx = d W}. */
    private static void backward(
            List<Matmul> products, int rows, int[] sizes, boolean weights, boolean toInput) {
        for (int l = sizes.length - 2; l >= 0; l--) {
            if (weights) {
                products.add(new Matmul(sizes[l + 1], rows, sizes[l], true, false));
            }
            if (l > 0 || toInput) {
                products.add(new Matmul(rows, sizes[l + 1], sizes[l], false, false));
            }
        }
    }
}
