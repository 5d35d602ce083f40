package io.github.gandjl.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed with SIGKILL at random moments and resumed each time ends with the same bytes as a
 * run that was never stopped. The kills land wherever the process happens to be: inside an epoch,
 * writing a CSV, a sample grid, a checkpoint or the manifest.
 */
class KillAndResumeTest {

    private static final int EPOCHS = 12;
    private static final int KILLS = 5;

    @Test
    void killedRunsResumeToTheSameBytes(@TempDir Path killed, @TempDir Path whole)
            throws Exception {
        Random random = new Random(20261204);
        RunFiles files = RunFiles.of(killed, "determinism", 42);
        int kills = 0;
        while (kills < KILLS) {
            int before = epochsDone(files);
            Process process = start(killed);
            // Let the run get past its start and at least one epoch further, then kill it at a
            // random moment of what follows.
            while (process.isAlive() && epochsDone(files) <= before) {
                Thread.sleep(20);
            }
            if (!process.isAlive()) {
                break;
            }
            Thread.sleep(random.nextInt(400));
            process.destroyForcibly().waitFor(1, TimeUnit.MINUTES);
            kills++;
        }
        assertEquals(KILLS, kills, "the run finished before it could be killed often enough");
        assertTrue(epochsDone(files) < EPOCHS, "the last kill came after the last epoch");
        finish(start(killed), killed);
        finish(start(whole), whole);

        RunFiles reference = RunFiles.of(whole, "determinism", 42);
        assertSameBytes(reference.losses(), files.losses());
        List<String> samples = names(reference.samples());
        assertEquals(EPOCHS, samples.size());
        assertEquals(samples, names(files.samples()));
        for (String sample : samples) {
            assertSameBytes(reference.samples().resolve(sample), files.samples().resolve(sample));
        }
        assertSameBytes(reference.generatorParameters(), files.generatorParameters());
        assertSameBytes(reference.discriminatorParameters(), files.discriminatorParameters());
        Manifest manifest = ManifestJson.read(files.manifest());
        assertEquals(RunStatus.FINISHED, manifest.status());
        assertEquals(EPOCHS, manifest.epochsCompleted());
        assertEquals(EPOCHS + 1, Files.readAllLines(files.timings()).size());
    }

    /** Rows in losses.csv; a file being replaced counts as it was. */
    private static int epochsDone(RunFiles files) throws IOException {
        try {
            return Math.max(0, Files.readAllLines(files.losses()).size() - 1);
        } catch (java.nio.file.NoSuchFileException e) {
            return 0;
        }
    }

    private static Process start(Path output) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return new ProcessBuilder(
                        java.toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        TrainOnce.class.getName(),
                        System.getProperty("gan.subset.directory"),
                        output.toString(),
                        Integer.toString(EPOCHS),
                        "2")
                .redirectErrorStream(true)
                .redirectOutput(
                        ProcessBuilder.Redirect.appendTo(output.resolve("jvm.log").toFile()))
                .start();
    }

    private static void finish(Process process, Path output) throws Exception {
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "the training JVM did not finish");
        assertEquals(
                0,
                process.exitValue(),
                () -> "the training JVM failed:\n" + read(output.resolve("jvm.log")));
    }

    private static void assertSameBytes(Path expected, Path actual) throws IOException {
        assertArrayEquals(
                Files.readAllBytes(expected),
                Files.readAllBytes(actual),
                actual.getFileName() + " differs");
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
