package io.github.gandjl.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The determinism contract: the same configuration, seed and thread count, trained in two separate
 * JVMs, give byte-identical losses, sample grids and final parameters.
 */
class SeparateJvmDeterminismTest {

    private static final int EPOCHS = 3;

    @Test
    void twoJvmsWriteIdenticalBytes(@TempDir Path first, @TempDir Path second) throws Exception {
        train(first);
        train(second);
        RunFiles a = RunFiles.of(first, "determinism", 42);
        RunFiles b = RunFiles.of(second, "determinism", 42);

        List<String> samples = names(a.samples());
        assertEquals(List.of("epoch-0001.png", "epoch-0002.png", "epoch-0003.png"), samples);
        assertEquals(samples, names(b.samples()));
        assertSameBytes(a.losses(), b.losses());
        for (String sample : samples) {
            assertSameBytes(a.samples().resolve(sample), b.samples().resolve(sample));
        }
        assertSameBytes(a.generatorParameters(), b.generatorParameters());
        assertSameBytes(a.discriminatorParameters(), b.discriminatorParameters());
        assertEquals(EPOCHS + 1, Files.readAllLines(a.losses()).size());
    }

    private static void train(Path output) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process =
                new ProcessBuilder(
                                java.toString(),
                                "-cp",
                                System.getProperty("java.class.path"),
                                TrainOnce.class.getName(),
                                System.getProperty("gan.subset.directory"),
                                output.toString(),
                                Integer.toString(EPOCHS),
                                "2")
                        .redirectErrorStream(true)
                        .redirectOutput(output.resolve("jvm.log").toFile())
                        .start();
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "the training JVM did not finish");
        assertEquals(
                0,
                process.exitValue(),
                () -> "the training JVM failed:\n" + read(output.resolve("jvm.log")));
    }

    private static void assertSameBytes(Path a, Path b) throws IOException {
        assertArrayEquals(
                Files.readAllBytes(a), Files.readAllBytes(b), a.getFileName() + " differs");
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }
}
