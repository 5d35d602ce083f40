package io.github.gandjl.run;

import io.github.gandjl.common.GanLog;
import io.github.gandjl.config.MetricSettings;
import io.github.gandjl.config.TrainingConfig;
import io.github.gandjl.data.DataOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Real runs of the quick experiment on the committed subset, trained once per test JVM and shared:
 * the report tests read what training really writes rather than hand-made fixtures.
 */
public final class TrainedRuns {

    private static final Path ROOT = Path.of("target", "trained-runs").toAbsolutePath();
    private static final Map<String, Path> CACHE = new HashMap<>();

    /** The seed of {@link #quick()}. */
    public static final long SEED = 42;

    private TrainedRuns() {}

    /** The quick experiment's run with seed 42. */
    public static synchronized RunFiles quick() {
        return new RunFiles(quick(SEED));
    }

    /** A copy of {@link #quick()} under {@code <outputDirectory>/quick/seed-42}. */
    public static RunFiles copyOfQuick(Path outputDirectory) {
        RunFiles copy = RunFiles.of(outputDirectory, "quick", SEED);
        copy(quick(SEED), copy.directory());
        return copy;
    }

    /** The run directory of the quick experiment (2 epochs, a grid per epoch) with this seed. */
    public static synchronized Path quick(long seed) {
        return train("quick", seed, 2, 0.0002);
    }

    /** A run like {@link #quick} but with another learning rate, for configuration differences. */
    public static synchronized Path quickWithLearningRate(long seed, double learningRate) {
        return train("quick-lr", seed, 2, learningRate);
    }

    private static Path train(String experiment, long seed, int epochs, double learningRate) {
        String key = experiment + "/" + seed + "/" + learningRate;
        Path cached = CACHE.get(key);
        if (cached != null) {
            return cached;
        }
        Path output = ROOT.resolve(Long.toString(System.nanoTime()));
        TrainingConfig config =
                TrainingConfig.builder()
                        .experiment(experiment)
                        .description("Quick run for the report tests.")
                        .seed(seed)
                        .epochs(epochs)
                        .batchSize(64)
                        .learningRate(learningRate)
                        .gamma(0.99)
                        .beta1(0.9)
                        .beta2(0.999)
                        .latentSize(100)
                        .generatorLayers("128")
                        .discriminatorLayers("128")
                        .weightInitStd(0.02)
                        .realLabels("0.9,1.0")
                        .fakeLabels("0.0,0.1")
                        .sampleInterval(1)
                        .threads(2)
                        .build();
        DataOptions data =
                DataOptions.defaults(subset(), output.resolve("cache"))
                        .withSystemDirectories(List.of())
                        .withDownloadAllowed(false);
        RunRequest request =
                new RunRequest(
                        config,
                        data,
                        output,
                        Path.of("."),
                        MetricSettings.of(true, 500, null, 0.02, config.sampleInterval()));
        new TrainingRun(request, GanLog.silent()).execute(true);
        Path dir = request.files().directory();
        CACHE.put(key, dir);
        return dir;
    }

    /** A fresh copy of a run directory, for tests that change or damage it. */
    public static Path copy(Path run, Path target) {
        try (var paths = Files.walk(run)) {
            for (Path p : paths.toList()) {
                Path to = target.resolve(run.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    static Path subset() {
        String dir = System.getProperty("gan.subset.directory");
        if (dir == null) {
            throw new IllegalStateException("system property gan.subset.directory is not set");
        }
        return Path.of(dir);
    }
}
