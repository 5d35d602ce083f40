package io.github.gandjl.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.gandjl.common.GanLog;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubsetTest {

    @TempDir Path tmp;

    private Dataset subset() {
        return Dataset.locate(
                TestData.options(TestData.subset(), tmp.resolve("cache")), GanLog.silent());
    }

    @Test
    void readsTheCommittedSubset() {
        Dataset data = subset();
        assertEquals("configured", data.origin());
        assertEquals(TestData.subset(), data.directory());

        Images train = data.images(Split.TRAIN);
        Images test = data.images(Split.TEST);
        assertEquals(2000, train.count());
        assertEquals(500, test.count());
        assertEquals(28, train.rows());
        assertEquals(28, train.cols());
        assertEquals(2000 * 784, train.pixels().length);
        assertEquals(500 * 784, test.pixels().length);

        int min = 255;
        int max = 0;
        for (byte b : train.pixels()) {
            min = Math.min(min, Byte.toUnsignedInt(b));
            max = Math.max(max, Byte.toUnsignedInt(b));
        }
        // Signed-byte mistakes would show up as a maximum of 127.
        assertEquals(0, min);
        assertEquals(255, max);
    }

    @Test
    void labelsAreClassBalanced() {
        Dataset data = subset();
        assertArrayEquals(filled(200), histogram(data.labels(Split.TRAIN)));
        assertArrayEquals(filled(50), histogram(data.labels(Split.TEST)));
    }

    @Test
    void recordsTheFilesItVerified() {
        Dataset data = subset();
        assertEquals(List.of(), data.filesUsed());
        data.images(Split.TEST);
        data.labels(Split.TEST);
        data.images(Split.TEST);

        Map<String, String> sums = TestData.subsetSums();
        assertEquals(
                List.of(
                        new DataFile(
                                "t10k-images-idx3-ubyte.gz",
                                sums.get("t10k-images-idx3-ubyte.gz"),
                                16 + 500 * 784),
                        new DataFile(
                                "t10k-labels-idx1-ubyte.gz",
                                sums.get("t10k-labels-idx1-ubyte.gz"),
                                8 + 500)),
                data.filesUsed());
    }

    @Test
    void splitFileNamesAreTheOfficialOnes() {
        assertEquals(
                List.of(
                        "train-images-idx3-ubyte.gz",
                        "train-labels-idx1-ubyte.gz",
                        "t10k-images-idx3-ubyte.gz",
                        "t10k-labels-idx1-ubyte.gz"),
                Split.allFiles());
    }

    private static int[] histogram(byte[] labels) {
        int[] counts = new int[10];
        for (byte label : labels) {
            counts[label]++;
        }
        return counts;
    }

    private static int[] filled(int value) {
        int[] a = new int[10];
        Arrays.fill(a, value);
        return a;
    }
}
