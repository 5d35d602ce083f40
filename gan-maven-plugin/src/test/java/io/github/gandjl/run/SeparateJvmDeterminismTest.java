package io.github.gandjl.run;

import static io.github.gandjl.run.SameBytes.assertSameBytes;
import static io.github.gandjl.run.SameBytes.names;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
        Path log = output.resolve("jvm.log");
        JavaProcess.awaitSuccess(
                JavaProcess.start(
                        TrainOnce.class,
                        log,
                        System.getProperty("gan.subset.directory"),
                        output.toString(),
                        Integer.toString(EPOCHS),
                        "2"),
                log);
    }
}
