package io.github.gandjl.data;

import java.util.Arrays;

/** The first N images of each class, kept in file order so the subset is a faithful sample. */
record Subset(Images images, byte[] labels) {

    static Subset take(Images all, byte[] allLabels, int perClass) {
        if (perClass <= 0) {
            throw new IllegalArgumentException("perClass " + perClass + ": must be positive");
        }
        int[] taken = new int[IdxReader.CLASSES];
        int size = all.imageSize();
        byte[] pixels = new byte[perClass * IdxReader.CLASSES * size];
        byte[] labels = new byte[perClass * IdxReader.CLASSES];
        int n = 0;
        for (int i = 0; i < allLabels.length && n < labels.length; i++) {
            int label = allLabels[i];
            if (taken[label] < perClass) {
                taken[label]++;
                System.arraycopy(all.pixels(), i * size, pixels, n * size, size);
                labels[n++] = (byte) label;
            }
        }
        if (n < labels.length) {
            throw new DataException(
                    "Only "
                            + n
                            + " images found for a subset of "
                            + perClass
                            + " per class; per-class counts "
                            + Arrays.toString(taken));
        }
        return new Subset(new Images(n, all.rows(), all.cols(), pixels), labels);
    }
}
