package io.github.gandjl.data;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Feeds the IDX/gzip reader damaged copies of the committed subset's files: random truncations, bit
 * flips in the compressed bytes, bit flips in the decompressed header, and huge declared
 * dimensions. Every case must end in a {@link DataException} (or, for a harmless flip such as one
 * in the gzip header's timestamp, a correct read), quickly, and never in an OutOfMemoryError, a
 * hang or another exception type.
 */
class IdxFuzzTest {

    private static final int CASES_PER_KIND = 60;
    private static final Path SUBSET = Path.of(System.getProperty("gan.subset.directory"));

    @TempDir Path dir;

    @Test
    void damagedImageFilesEndInAClearErrorQuickly() throws Exception {
        fuzz(Split.TRAIN.imagesFile(), 3, new Random(1));
    }

    @Test
    void damagedLabelFilesEndInAClearErrorQuickly() throws Exception {
        fuzz(Split.TRAIN.labelsFile(), 1, new Random(2));
    }

    private void fuzz(String name, int dimensions, Random random) throws Exception {
        byte[] original = Files.readAllBytes(SUBSET.resolve(name));
        byte[] content = gunzip(original);
        int errors = 0;
        int cases = 0;
        for (int kind = 0; kind < 4; kind++) {
            for (int i = 0; i < CASES_PER_KIND; i++) {
                byte[] damaged =
                        switch (kind) {
                            case 0 -> truncated(original, random);
                            case 1 -> flipped(original, random, 0);
                            case 2 -> gzip(flipped(content, random, 4 + 4 * dimensions));
                            default -> gzip(hugeDimension(content, dimensions, random));
                        };
                if (readsCleanlyOrFailsClearly(name, damaged, kind, i)) {
                    errors++;
                }
                cases++;
            }
        }
        // Truncations, huge dimensions and most flips must be caught; only a few flips land
        // where they change nothing (the gzip header's timestamp or flags).
        assertTrue(errors > cases * 3 / 4, errors + " errors in " + cases + " cases");
    }

    /** True if reading failed with a DataException; false if it read the original content. */
    private boolean readsCleanlyOrFailsClearly(String name, byte[] damaged, int kind, int i)
            throws IOException {
        Path copy = Files.createDirectories(dir.resolve("case-" + kind + "-" + i));
        for (String file : Split.allFiles()) {
            Files.copy(SUBSET.resolve(file), copy.resolve(file));
        }
        Files.copy(SUBSET.resolve("SHA256SUMS"), copy.resolve("SHA256SUMS"));
        Files.write(copy.resolve(name), damaged);
        return assertTimeoutPreemptively(
                Duration.ofSeconds(10),
                () -> {
                    try {
                        Dataset dataset =
                                Dataset.locate(
                                        DataOptions.defaults(copy, dir.resolve("cache"))
                                                .withSystemDirectories(java.util.List.of())
                                                .withDownloadAllowed(false),
                                        io.github.gandjl.common.GanLog.silent());
                        if (name.contains("labels")) {
                            dataset.labels(Split.TRAIN);
                        } else {
                            dataset.images(Split.TRAIN);
                        }
                        return false;
                    } catch (DataException e) {
                        assertTrue(
                                e.getMessage().contains(name),
                                "the message does not name the file: " + e.getMessage());
                        return true;
                    } catch (Throwable t) {
                        fail("case " + kind + "/" + i + " ended in " + t, t);
                        return false;
                    }
                },
                "case " + kind + "/" + i + " hung");
    }

    private static byte[] truncated(byte[] bytes, Random random) {
        byte[] out = new byte[random.nextInt(bytes.length)];
        System.arraycopy(bytes, 0, out, 0, out.length);
        return out;
    }

    /** Flips 1 to 3 random bits at or after {@code from}. */
    private static byte[] flipped(byte[] bytes, Random random, int limit) {
        byte[] out = bytes.clone();
        int span = limit > 0 ? limit : out.length;
        for (int n = 1 + random.nextInt(3); n > 0; n--) {
            int at = random.nextInt(span);
            out[at] ^= (byte) (1 << random.nextInt(8));
        }
        return out;
    }

    /** Declares one dimension as huge, up to Integer.MAX_VALUE, keeping the rest. */
    private static byte[] hugeDimension(byte[] content, int dimensions, Random random) {
        byte[] out = content.clone();
        int which = random.nextInt(dimensions);
        int value = random.nextBoolean() ? Integer.MAX_VALUE : 100_001 + random.nextInt(1 << 30);
        ByteBuffer.wrap(out).putInt(4 + 4 * which, value);
        return out;
    }

    private static byte[] gunzip(byte[] gz) throws IOException {
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(gz))) {
            return in.readAllBytes();
        }
    }

    private static byte[] gzip(byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(content);
        }
        return out.toByteArray();
    }
}
