package io.github.gandjl.metrics;

import io.github.gandjl.common.GanLog;
import io.github.gandjl.data.DataOptions;
import io.github.gandjl.data.Dataset;
import io.github.gandjl.data.Images;
import io.github.gandjl.data.Split;
import java.nio.file.Path;
import java.util.List;

/** The committed subset, read through the project's own verified reader. */
final class MetricsTestData {

    static final Path SUBSET = Path.of(System.getProperty("gan.subset.directory"));

    private MetricsTestData() {}

    static Dataset subset(Path cache) {
        return Dataset.locate(
                DataOptions.defaults(SUBSET, cache).withSystemDirectories(List.of()),
                GanLog.silent());
    }

    static Images images(Path cache, Split split) {
        return subset(cache).images(split);
    }

    /** The images of {@code images} whose label is {@code label}. */
    static Images ofClass(Images images, byte[] labels, int label) {
        int size = images.imageSize();
        int count = 0;
        for (byte l : labels) {
            if (l == label) {
                count++;
            }
        }
        byte[] pixels = new byte[count * size];
        int at = 0;
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] == label) {
                System.arraycopy(images.pixels(), i * size, pixels, at * size, size);
                at++;
            }
        }
        return new Images(count, images.rows(), images.cols(), pixels);
    }

    /** Bytes to the generator's pixel range, x / 127.5 - 1. */
    static float[] scaled(Images images) {
        float[] pixels = new float[images.pixels().length];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = Byte.toUnsignedInt(images.pixels()[i]) / 127.5f - 1f;
        }
        return pixels;
    }
}
